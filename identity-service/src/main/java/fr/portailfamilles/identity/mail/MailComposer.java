package fr.portailfamilles.identity.mail;

import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.account.domain.MailKind;
import fr.portailfamilles.identity.account.domain.PendingMail;
import fr.portailfamilles.identity.account.password.PasswordLinks;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes each kind of mail from its two templates, {@code mail/<name>.html} and {@code mail-texte/<name>.txt};
 * a mail's {@code chemin} value (a path of the portal) becomes the full link {@code lien}.
 */
@Component
class MailComposer {

    private static final Locale FRENCH = Locale.FRANCE;
    /** The value of a mail that names a page of the portal; the mail gets its full address as {@code lien}. */
    private static final String PORTAL_PATH = "chemin";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter
            .ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", FRENCH).withZone(ZoneId.of("Europe/Paris"));

    private final ITemplateEngine templates;
    private final PasswordLinks links;
    private final MailProperties properties;

    MailComposer(ITemplateEngine templates, PasswordLinks links, MailProperties properties) {
        this.templates = templates;
        this.links = links;
        this.properties = properties;
    }

    void compose(Account account, PendingMail mail, MimeMessage message) {
        Context context = new Context(FRENCH);
        context.setVariable("nom", account.displayName());
        context.setVariable("identifiant", account.email());
        context.setVariable("portail", properties.portalUrl() + "/");
        context.setVariable("commune", properties.townName());
        context.setVariable("oublie", properties.portalUrl() + "/mot-de-passe/oublie");
        mail.values().forEach(context::setVariable);
        if (mail.values().containsKey(PORTAL_PATH)) {
            context.setVariable("lien", properties.portalUrl() + mail.values().get(PORTAL_PATH));
        }
        if (mail.tokenId() != null) {
            context.setVariable("lien", links.urlFor(mail.tokenId()));
            context.setVariable("valableJusquau", DATE_TIME.format(Instant.parse(mail.values().get("validUntil"))));
        }
        String template = templateOf(mail.kind());
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(mail.to());
            helper.setSubject(subjectOf(mail.kind(), mail.values()));
            helper.setText(templates.process("mail-texte/" + template, context),
                    templates.process("mail/" + template, context));
        } catch (MessagingException e) {
            throw new MailPreparationException("Cannot write the " + mail.kind() + " mail", e);
        }
    }

    private static String templateOf(MailKind kind) {
        return switch (kind) {
            case ACCOUNT_OPENED -> "compte-ouvert";
            case PASSWORD_LINK -> "lien-mot-de-passe";
            case PASSWORD_CHANGED -> "mot-de-passe-modifie";
            case EMAIL_CHANGED_OLD_ADDRESS -> "adresse-modifiee-ancienne";
            case EMAIL_CHANGED_NEW_ADDRESS -> "adresse-modifiee-nouvelle";
            case REGISTRATION_APPROVED -> "inscription-validee";
            case REGISTRATION_REJECTED -> "inscription-refusee";
            case REGISTRATION_CANCELLED -> "inscription-annulee";
            case RESERVATION_PROMOTED -> "reservation-promue";
            case RESERVATION_DAY_CLOSED -> "journee-fermee";
            case INVOICE_ISSUED -> "nouvelle-facture";
        };
    }

    private static String subjectOf(MailKind kind, Map<String, String> values) {
        return switch (kind) {
            case ACCOUNT_OPENED -> "Votre compte Portail Familles est ouvert : choisissez votre mot de passe";
            case PASSWORD_LINK -> "Portail Familles : choisir un nouveau mot de passe";
            case PASSWORD_CHANGED -> "Portail Familles : votre mot de passe a été modifié";
            case EMAIL_CHANGED_OLD_ADDRESS, EMAIL_CHANGED_NEW_ADDRESS ->
                    "Portail Familles : votre identifiant de connexion a changé";
            case REGISTRATION_APPROVED -> "Inscription de %s à %s validée"
                    .formatted(values.get("enfant"), values.get("activite"));
            case REGISTRATION_REJECTED -> "Inscription de %s à %s refusée"
                    .formatted(values.get("enfant"), values.get("activite"));
            case REGISTRATION_CANCELLED -> "Inscription de %s à %s annulée"
                    .formatted(values.get("enfant"), values.get("activite"));
            case RESERVATION_PROMOTED -> "Une place s'est libérée : la réservation du %s (%s) est validée"
                    .formatted(values.get("date"), values.get("unite"));
            case RESERVATION_DAY_CLOSED -> "Journée fermée : la réservation du %s est annulée"
                    .formatted(values.get("date"));
            case INVOICE_ISSUED -> "Nouvelle facture disponible : %s".formatted(values.get("numero"));
        };
    }
}
