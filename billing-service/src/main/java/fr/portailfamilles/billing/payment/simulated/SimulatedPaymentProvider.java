package fr.portailfamilles.billing.payment.simulated;

import fr.portailfamilles.billing.payment.PaymentOutcome;
import fr.portailfamilles.billing.payment.PaymentProperties;
import fr.portailfamilles.billing.payment.PaymentProvider;
import fr.portailfamilles.billing.payment.PaymentRequest;
import fr.portailfamilles.billing.payment.ProviderNotification;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * A payment provider simulated inside billing-service, the default on the embedded stack: its page
 * (« Paiement simulé — aucun prélèvement réel ») lets the user pay, refuse or abandon, then it
 * posts a notification signed with HMAC-SHA256 to billing's notification address, as a real
 * provider would, and sends the browser back to « Mes factures ». No money moves.
 */
@Component
@ConditionalOnProperty(name = "portail.billing.payment.provider", havingValue = "simulated", matchIfMissing = true)
public class SimulatedPaymentProvider implements PaymentProvider {

    static final String PAGE = "/api/billing/simulated-provider/payments/";

    private final MongoTemplate mongo;
    private final NotificationSignature signature;
    private final Clock clock;

    SimulatedPaymentProvider(MongoTemplate mongo, PaymentProperties properties, Clock clock) {
        this.mongo = mongo;
        this.signature = new NotificationSignature(properties.simulated().secret());
        this.clock = clock;
    }

    @Override
    public String name() {
        return "SIMULATED";
    }

    @Override
    public URI start(PaymentRequest request) {
        mongo.insert(new SimulatedSession(request.reference(), request.description(), request.amount(),
                request.payerEmail(), request.notificationUrl().toString(), request.returnUrl().toString(),
                clock.instant(), null, null, null, false), SimulatedSession.COLLECTION);
        return URI.create(PAGE + request.reference());
    }

    @Override
    public ProviderNotification read(Map<String, String> notification) {
        if (!signature.verify(notification)) {
            throw DomainProblem.invalid("notification-non-authentique",
                    "La signature de la notification de paiement est invalide.");
        }
        try {
            return new ProviderNotification(required(notification, "reference"),
                    new BigDecimal(required(notification, "amount")),
                    PaymentOutcome.valueOf(required(notification, "outcome")), notification.get("transaction"),
                    Instant.parse(required(notification, "at")));
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            throw DomainProblem.invalid("notification-invalide", "La notification de paiement est incomplète ou "
                    + "mal formée.");
        }
    }

    /** The notification of a decision, signed as the notification address expects it. */
    Map<String, String> signedNotification(SimulatedSession session, PaymentOutcome outcome, String transaction,
            Instant at) {
        Map<String, String> fields = new TreeMap<>(Map.of("reference", session.id(),
                "amount", session.amount().toPlainString(), "outcome", outcome.name(), "at", at.toString()));
        if (transaction != null) {
            fields.put("transaction", transaction);
        }
        fields.put(NotificationSignature.FIELD, signature.sign(fields));
        return fields;
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }
}
