package fr.portailfamilles.billing.invoicing;

import fr.portailfamilles.billing.money.Euros;
import fr.portailfamilles.platform.outbox.OutboxRelay;
import fr.portailfamilles.platform.problem.DomainProblem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Records payments on invoices, each once (by its payment id) and with its
 * {@code payment-received} event in the same write; a partial payment leaves a balance.
 */
@Service
public class RecordingPayments {

    private final Invoices invoices;
    private final InvoiceEvents events;
    private final ObjectProvider<OutboxRelay> relay;

    RecordingPayments(Invoices invoices, InvoiceEvents events, ObjectProvider<OutboxRelay> relay) {
        this.invoices = invoices;
        this.events = events;
        this.relay = relay;
    }

    /**
     * A payment the provider confirmed: recorded even if the invoice was meanwhile paid another way
     * (the money is taken; the régie refunds the excess), never twice.
     *
     * @return true if recorded now, false if this payment id was already recorded
     */
    public boolean recordConfirmed(String invoiceId, Payment payment) {
        boolean recorded = invoices.change(invoiceId, invoice -> invoice.recordPayment(payment,
                p -> events.paymentReceived(invoice, p)));
        relay.ifAvailable(OutboxRelay::wake);
        return recorded;
    }

    /** A payment at the régie's desk: refused if the invoice is paid (409) or the amount exceeds the balance (422). */
    public boolean recordOffline(String invoiceId, Payment payment) {
        if (payment.method() == PaymentMethod.ONLINE) {
            throw DomainProblem.invalid("moyen-de-paiement-invalide",
                    "Un paiement au guichet se fait en espèces, par chèque ou en CESU.");
        }
        if (!Euros.isCents(payment.amount())) {
            throw DomainProblem.invalid("montant-invalide", "Le montant s'exprime en euros, au centime près.");
        }
        boolean recorded = invoices.change(invoiceId, invoice -> {
            if (invoice.payment(payment.paymentId()).isPresent()) {
                return false;
            }
            invoice.checkPayable(payment.amount());
            return invoice.recordPayment(new Payment(payment.paymentId(), Euros.of(payment.amount()), payment.method(),
                    payment.receivedAt(), payment.reference(), payment.recordedBy()),
                    p -> events.paymentReceived(invoice, p));
        });
        relay.ifAvailable(OutboxRelay::wake);
        return recorded;
    }
}
