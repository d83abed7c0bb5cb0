package fr.portailfamilles.billing.payment;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;

/**
 * One online payment attempt: started by the parent, ended by the provider's notification.
 *
 * @param id the reference sent to the provider (and back in its notification)
 */
public record PaymentAttempt(@Id String id, String invoiceId, String invoiceNumber, String familyId,
        BigDecimal amount, String provider, State state, String transaction, Instant createdAt, Instant settledAt) {

    public static final String COLLECTION = "payment_attempts";

    /** Where an attempt stands; a paid attempt never goes back. */
    public enum State {
        PENDING("En attente de confirmation"),
        PAID("Paiement accepté"),
        REFUSED("Paiement refusé"),
        ABANDONED("Paiement abandonné");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static State of(PaymentOutcome outcome) {
            return switch (outcome) {
                case PAID -> PAID;
                case REFUSED -> REFUSED;
                case ABANDONED -> ABANDONED;
            };
        }
    }
}
