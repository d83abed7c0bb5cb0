package fr.portailfamilles.family.privacy;

import fr.portailfamilles.family.contact.ContactViews.GuardianContact;
import fr.portailfamilles.family.contact.ContactViews.RequestView;
import fr.portailfamilles.family.contact.domain.ContactDetails;
import fr.portailfamilles.family.dashboard.DashboardLine;
import fr.portailfamilles.family.file.FamilyViews.ChildView;
import fr.portailfamilles.family.file.domain.AuthorisedPerson;
import fr.portailfamilles.family.file.domain.HealthNotes;
import fr.portailfamilles.family.privacy.FamilyExport.Export;
import fr.portailfamilles.family.privacy.domain.HealthNoteRead;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/** The export as a French page a family can read and print; every value is escaped. */
final class ExportHtml {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    private final StringBuilder html = new StringBuilder();

    private ExportHtml() {
    }

    static String render(Export export) {
        return new ExportHtml().page(export).html.toString();
    }

    private ExportHtml page(Export e) {
        html.append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Mes données — ")
                .append(esc(e.family().name())).append("</title><style>body{font-family:sans-serif;max-width:60rem;"
                        + "margin:2rem auto;padding:0 1rem;line-height:1.5}table{border-collapse:collapse;width:100%}"
                        + "th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}"
                        + "h2{margin-top:2rem}</style></head><body>");
        html.append("<h1>Données conservées sur ").append(esc(e.family().name())).append("</h1>");
        html.append("<p>Document établi le ").append(moment(e.generatedAt()))
                .append(" par le Portail Familles (dossier n° ").append(esc(e.family().id())).append(", ")
                .append(esc(e.family().stateLabel().toLowerCase(Locale.FRANCE))).append(").</p>");
        guardians(e.contactDetails().guardians());
        children(e.family().children());
        html.append("<h2>Quotient familial</h2><p>").append(e.family().quotient() == null ? "Non renseigné."
                : e.family().quotient().value() + " (justificatif du " + day(e.family().quotient().proofDate()) + ")")
                .append("</p>");
        requests(e.requests());
        contactChanges(e.contactDetails().requests());
        reads(e.healthNoteReads());
        html.append("</body></html>");
        return this;
    }

    private void guardians(List<GuardianContact> guardians) {
        html.append("<h2>Responsables légaux</h2>");
        for (GuardianContact g : guardians) {
            html.append("<h3>").append(esc(g.firstName() + " " + g.lastName())).append("</h3><dl>");
            item("Adresse e-mail", g.email());
            contact(g.contact());
            html.append("</dl>");
        }
    }

    private void contact(ContactDetails c) {
        item("Adresse", c.address() == null ? null : String.join(" ", nonNull(c.address().street()),
                nonNull(c.address().postalCode()), nonNull(c.address().city())).strip());
        item("Téléphone portable", c.mobilePhone());
        item("Téléphone du domicile", c.homePhone());
        item("Téléphone professionnel", c.workPhone());
    }

    private void children(List<ChildView> children) {
        html.append("<h2>Enfants</h2>");
        for (ChildView c : children) {
            html.append("<h3>").append(esc(c.firstName() + " " + c.lastName())).append("</h3><dl>");
            item("Date de naissance", c.birthDate() == null ? null : day(c.birthDate()));
            item("École", c.school());
            item("Classe", c.schoolClass());
            health(c.health());
            item("Personnes autorisées à venir le chercher", c.pickUp().nobody() ? "Aucune"
                    : c.pickUp().persons().stream().map(ExportHtml::person).collect(Collectors.joining(" ; ")));
            item("Droit à l'image", c.imageConsent() == null ? "Non renseigné" : c.imageConsent() ? "Accordé" : "Refusé");
            html.append("</dl>");
        }
    }

    private void health(HealthNotes h) {
        item("Allergies", h.allergies());
        item("Projet d'accueil individualisé (PAI)", h.pai() ? "Oui" + (h.paiDetails() == null ? "" : " : "
                + h.paiDetails()) : "Non");
        item("Régime alimentaire", h.diet());
        item("Médecin traitant", String.join(" ", nonNull(h.doctorName()), nonNull(h.doctorPhone())).strip());
    }

    private void requests(List<DashboardLine> lines) {
        html.append("<h2>Mes demandes</h2>");
        table(List.of("Date", "Demande", "Objet", "État"), lines.stream().map(l -> List.of(moment(l.sentAt()),
                l.kindLabel(), l.title(), l.stateLabel() + (l.reason() == null ? "" : " — " + l.reason()))).toList());
    }

    private void contactChanges(List<RequestView> requests) {
        html.append("<h2>Demandes de modification de coordonnées</h2>");
        table(List.of("Date", "Responsable", "Coordonnées demandées", "État"), requests.stream().map(r -> List.of(
                moment(r.requestedAt()), r.guardianName(), describe(r.proposed()),
                r.stateLabel() + (r.refusalReason() == null ? "" : " — " + r.refusalReason()))).toList());
    }

    private void reads(List<HealthNoteRead> reads) {
        html.append("<h2>Consultations des informations de santé par le service</h2>");
        table(List.of("Date", "Agent", "Enfant"), reads.stream().map(r -> List.of(moment(r.readAt()),
                nonNull(r.readerName()), r.childId())).toList());
    }

    private void table(List<String> headers, List<List<String>> rows) {
        if (rows.isEmpty()) {
            html.append("<p>Aucune.</p>");
            return;
        }
        html.append("<table><thead><tr>");
        headers.forEach(h -> html.append("<th scope=\"col\">").append(esc(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(esc(cell)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private void item(String label, String value) {
        html.append("<dt>").append(esc(label)).append("</dt><dd>")
                .append(value == null || value.isBlank() ? "Non renseigné" : esc(value)).append("</dd>");
    }

    private static String describe(ContactDetails c) {
        String address = c.address() == null ? "" : String.join(" ", nonNull(c.address().street()),
                nonNull(c.address().postalCode()), nonNull(c.address().city()));
        return String.join(" ", address, nonNull(c.mobilePhone()), nonNull(c.homePhone()), nonNull(c.workPhone()))
                .replaceAll("\\s+", " ").strip();
    }

    private static String person(AuthorisedPerson p) {
        return p.firstName() + " " + p.lastName() + (p.relationship() == null ? "" : " (" + p.relationship() + ")")
                + (p.phone() == null ? "" : ", " + p.phone());
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String esc(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
