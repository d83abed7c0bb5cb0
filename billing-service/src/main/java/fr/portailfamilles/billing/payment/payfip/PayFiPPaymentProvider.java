package fr.portailfamilles.billing.payment.payfip;

import fr.portailfamilles.billing.payment.PaymentOutcome;
import fr.portailfamilles.billing.payment.PaymentProperties;
import fr.portailfamilles.billing.payment.PaymentProvider;
import fr.portailfamilles.billing.payment.PaymentRequest;
import fr.portailfamilles.billing.payment.ProviderNotification;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The boundary of PayFiP (DGFiP), the payment service of French public bodies, régie mode.
 *
 * <p><strong>Not callable from this machine:</strong> PayFiP lives on the Internet and this
 * portal's machines have no network beyond package registries; this adapter is chosen only by
 * {@code portail.billing.payment.provider=payfip} and is never the default. It builds the redirect
 * to the DGFiP's page with {@code numcli}, {@code exer}, {@code refdet}, {@code objet},
 * {@code montant} (in cents), {@code mel}, {@code urlnotif}, {@code urlredirect} and {@code saisie}
 * (T test, X activation, W production), and reads the notification PayFiP posts to
 * {@code urlnotif}: {@code resultrans} P or V paid, R refused, A abandoned, with {@code refdet},
 * {@code montant}, {@code numauto}, {@code dattrans}, {@code heurtrans}.
 *
 * <p>PayFiP's notification is not signed: this adapter checks that it is addressed to the régie's
 * {@code numcli}. Before production, the web-service variant must confirm each notification
 * with the DGFiP ({@code recupererDetailPaiementSecurise} on the operation id) — the step this
 * boundary leaves open, since it cannot be exercised here.
 */
@Component
@ConditionalOnProperty(name = "portail.billing.payment.provider", havingValue = "payfip")
public class PayFiPPaymentProvider implements PaymentProvider {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("ddMMyyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    private final PaymentProperties.PayFiP settings;
    private final Clock clock;

    public PayFiPPaymentProvider(PaymentProperties properties, Clock clock) {
        this.settings = properties.payfip();
        this.clock = clock;
    }

    @Override
    public String name() {
        return "PAYFIP";
    }

    @Override
    public URI start(PaymentRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("numcli", settings.numcli());
        parameters.put("exer", String.valueOf(request.year()));
        parameters.put("refdet", request.reference());
        parameters.put("objet", request.description().replaceAll("[^A-Za-z0-9 ]", " ").strip());
        parameters.put("montant", cents(request.amount()));
        parameters.put("mel", request.payerEmail() == null ? "" : request.payerEmail());
        parameters.put("urlnotif", request.notificationUrl().toString());
        parameters.put("urlredirect", request.returnUrl().toString());
        parameters.put("saisie", settings.saisie());
        return URI.create(settings.serviceUrl() + "?" + parameters.entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&")));
    }

    @Override
    public ProviderNotification read(Map<String, String> notification) {
        if (!settings.numcli().equals(notification.get("numcli"))) {
            throw DomainProblem.invalid("notification-non-authentique",
                    "Cette notification PayFiP n'est pas adressée à la régie.");
        }
        try {
            return new ProviderNotification(required(notification, "refdet"),
                    new BigDecimal(required(notification, "montant")).movePointLeft(2),
                    outcome(required(notification, "resultrans")), notification.get("numauto"),
                    paidAt(notification));
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            throw DomainProblem.invalid("notification-invalide", "La notification PayFiP est incomplète ou mal formée.");
        }
    }

    private static PaymentOutcome outcome(String resultrans) {
        return switch (resultrans) {
            case "P", "V" -> PaymentOutcome.PAID;
            case "R" -> PaymentOutcome.REFUSED;
            case "A" -> PaymentOutcome.ABANDONED;
            default -> throw new IllegalArgumentException("resultrans " + resultrans);
        };
    }

    private Instant paidAt(Map<String, String> notification) {
        String date = notification.get("dattrans");
        String time = notification.get("heurtrans");
        if (date == null || time == null) {
            return clock.instant();
        }
        return LocalDate.parse(date, DATE).atTime(LocalTime.parse(time, TIME)).atZone(PARIS).toInstant();
    }

    static String cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).toPlainString();
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }
}
