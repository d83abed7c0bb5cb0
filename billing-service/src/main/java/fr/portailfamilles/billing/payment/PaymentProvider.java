package fr.portailfamilles.billing.payment;

import java.net.URI;
import java.util.Map;

/**
 * The port to an online payment provider: where to send the parent's browser to pay, and how to
 * read (and verify) the provider's notification of the outcome. One provider is active, chosen by
 * {@code portail.billing.payment.provider}.
 */
public interface PaymentProvider {

    /** The provider's name as recorded on payment attempts, e.g. {@code SIMULATED}, {@code PAYFIP}. */
    String name();

    /** Prepares the payment and returns the address of the provider's payment page. */
    URI start(PaymentRequest request);

    /**
     * Reads a notification the provider posted to {@code notificationUrl}.
     *
     * @throws fr.portailfamilles.platform.problem.DomainProblem (invalid) when the notification is
     *         malformed or not authentic (bad signature, another client number)
     */
    ProviderNotification read(Map<String, String> notification);
}
