package fr.portailfamilles.billing.invoicing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment recorded on an invoice.
 *
 * @param paymentId  unique: the provider's reference of an online payment, or the id the agent's
 *                   form sent, so that a notification or a form received twice records one payment
 * @param reference  the provider's transaction number, or the cheque's / CESU's number
 * @param recordedBy the agent who recorded an offline payment; null online
 */
public record Payment(String paymentId, BigDecimal amount, PaymentMethod method, Instant receivedAt, String reference,
        String recordedBy) {
}
