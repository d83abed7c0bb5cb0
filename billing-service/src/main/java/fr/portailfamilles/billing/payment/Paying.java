package fr.portailfamilles.billing.payment;

import fr.portailfamilles.billing.invoicing.Invoice;
import fr.portailfamilles.billing.invoicing.Invoices;
import fr.portailfamilles.billing.invoicing.Payment;
import fr.portailfamilles.billing.invoicing.PaymentMethod;
import fr.portailfamilles.billing.invoicing.RecordingPayments;
import fr.portailfamilles.billing.invoicing.TownTime;
import fr.portailfamilles.billing.money.Euros;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/**
 * Online payment: start an attempt and send the parent to the provider; then take the provider's
 * verified notification, once, and record the payment on the invoice when it is paid.
 */
@Service
public class Paying {

    private final Invoices invoices;
    private final PaymentAttempts attempts;
    private final PaymentProvider provider;
    private final RecordingPayments payments;
    private final NotificationAddress addresses;
    private final Clock clock;

    Paying(Invoices invoices, PaymentAttempts attempts, PaymentProvider provider, RecordingPayments payments,
            NotificationAddress addresses, Clock clock) {
        this.invoices = invoices;
        this.attempts = attempts;
        this.provider = provider;
        this.payments = payments;
        this.addresses = addresses;
        this.clock = clock;
    }

    public record Started(String reference, String invoiceId, BigDecimal amount, String provider, URI redirectUrl) {
    }

    /** @param amount what the parent pays now; null pays the whole balance */
    public Started start(String familyId, String invoiceId, BigDecimal amount, String fallbackEmail) {
        Invoice invoice = invoices.issued(invoiceId, familyId::equals);
        BigDecimal paying = amount == null ? invoice.balance() : amount;
        invoice.checkPayable(paying);
        String reference = "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 23)
                .toUpperCase(Locale.ROOT);
        PaymentAttempt attempt = new PaymentAttempt(reference, invoice.id(), invoice.number(), invoice.familyId(),
                Euros.of(paying), provider.name(), PaymentAttempt.State.PENDING, null, clock.instant(), null);
        attempts.insert(attempt);
        String email = invoice.payerEmail() == null ? fallbackEmail : invoice.payerEmail();
        URI redirect = provider.start(new PaymentRequest(reference, TownTime.dateOf(invoice.issuedAt()).getYear(),
                "Facture " + invoice.number(), attempt.amount(), email, addresses.get(),
                addresses.returnTo(reference)));
        return new Started(reference, invoice.id(), attempt.amount(), provider.name(), redirect);
    }

    /**
     * @throws DomainProblem 400 when not authentic, 404 for an unknown reference, 422 when the
     *         amount is not the attempt's; nothing is recorded then
     */
    public PaymentAttempt notified(Map<String, String> notification) {
        ProviderNotification verified = provider.read(notification);
        PaymentAttempt attempt = attempts.byId(verified.reference()).orElseThrow(() -> DomainProblem.notFound(
                "paiement-introuvable", "Aucun paiement n'a la référence « " + verified.reference() + " »."));
        if (verified.amount() == null || verified.amount().compareTo(attempt.amount()) != 0) {
            throw DomainProblem.unprocessable("montant-incoherent", "Le montant notifié ne correspond pas au "
                    + "montant du paiement " + attempt.id() + " (" + Euros.french(attempt.amount()) + ").");
        }
        if (verified.outcome() == PaymentOutcome.PAID) {
            payments.recordConfirmed(attempt.invoiceId(), new Payment(attempt.id(), attempt.amount(),
                    PaymentMethod.ONLINE, verified.at() == null ? clock.instant() : verified.at(),
                    verified.transaction(), null));
        }
        attempts.settle(attempt.id(), PaymentAttempt.State.of(verified.outcome()), verified.transaction(),
                clock.instant());
        return attempts.byId(attempt.id()).orElseThrow();
    }

    public PaymentAttempt attempt(String reference, Predicate<String> maySeeFamily) {
        return attempts.byId(reference).filter(a -> maySeeFamily.test(a.familyId()))
                .orElseThrow(() -> DomainProblem.notFound("paiement-introuvable", "Ce paiement est introuvable."));
    }
}
