package fr.portailfamilles.billing.payment;

import java.math.BigDecimal;
import java.net.URI;

/**
 * What a provider needs to take a payment.
 *
 * @param reference       our unique reference of this attempt (PayFiP's {@code refdet}: 6–30 letters and digits)
 * @param year            the accounting year (PayFiP's {@code exer})
 * @param description     what is paid, e.g. « Facture FAC-2026-000123 »
 * @param payerEmail      the payer's e-mail (PayFiP's {@code mel}), for the provider's receipt
 * @param notificationUrl where the provider posts the outcome, server to server
 * @param returnUrl       where the provider sends the browser back
 */
public record PaymentRequest(String reference, int year, String description, BigDecimal amount, String payerEmail,
        URI notificationUrl, URI returnUrl) {
}
