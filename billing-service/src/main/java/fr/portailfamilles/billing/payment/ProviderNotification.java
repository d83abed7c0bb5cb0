package fr.portailfamilles.billing.payment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A provider's verified notification of the outcome of a payment attempt.
 *
 * @param transaction the provider's own number of the transaction (authorisation number…)
 */
public record ProviderNotification(String reference, BigDecimal amount, PaymentOutcome outcome, String transaction,
        Instant at) {
}
