package fr.portailfamilles.billing.payment.simulated;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;

/**
 * What the simulated provider keeps of a payment it was asked to take, as a real provider would on
 * its side: only what the payment request told it.
 *
 * @param decision null until the user chose on the page
 * @param notified whether billing acknowledged the notification
 */
record SimulatedSession(@Id String id, String description, BigDecimal amount, String payerEmail, String notificationUrl,
        String returnUrl, Instant createdAt, String decision, String transaction, Instant decidedAt, Boolean notified) {

    static final String COLLECTION = "simulated_provider_sessions";
}
