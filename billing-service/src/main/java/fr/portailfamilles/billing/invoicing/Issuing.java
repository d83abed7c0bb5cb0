package fr.portailfamilles.billing.invoicing;

import fr.portailfamilles.billing.invoicing.domain.CreditNote;
import fr.portailfamilles.billing.usage.UsageLedger;
import fr.portailfamilles.platform.outbox.OutboxRelay;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Numbers and issues: a draft invoice gets the next number of its year and is issued with its
 * event; a recorded credit note gets the next credit-note number and its event. Each step can be
 * repeated after an interruption: the counter gives the same number to the same document, and an
 * issued document is left as it is.
 */
@Component
class Issuing {

    private final Invoices invoices;
    private final DocumentNumbers numbers;
    private final InvoiceEvents events;
    private final UsageLedger usage;
    private final RegieProperties regie;
    private final ObjectProvider<OutboxRelay> relay;
    private final Clock clock;

    Issuing(Invoices invoices, DocumentNumbers numbers, InvoiceEvents events, UsageLedger usage, RegieProperties regie,
            ObjectProvider<OutboxRelay> relay, Clock clock) {
        this.invoices = invoices;
        this.numbers = numbers;
        this.events = events;
        this.usage = usage;
        this.regie = regie;
        this.relay = relay;
        this.clock = clock;
    }

    /** @return true if this call issued the invoice, false if it was already issued */
    boolean issue(Invoice draft) {
        String number = numbers.allocate(regie.invoicePrefix(), draft.numberYear(), draft.id());
        boolean issued = invoices.change(draft.id(), invoice -> invoice.issue(number, clock.instant(),
                regie.paymentDays(), events::issued));
        usage.markInvoiced(draft.usageIds(), draft.id());
        relay.ifAvailable(OutboxRelay::wake);
        return issued;
    }

    void numberCreditNote(String invoiceId, CreditNote note) {
        int year = TownTime.dateOf(note.issuedAt()).getYear();
        String number = numbers.allocate(regie.creditNotePrefix(), year, note.id());
        invoices.change(invoiceId, invoice -> invoice.numberCreditNote(note.id(), number,
                numbered -> events.creditNoteIssued(invoice, numbered)));
        relay.ifAvailable(OutboxRelay::wake);
    }

    void finishInterrupted() {
        invoices.drafts().forEach(this::issue);
        invoices.withUnnumberedCreditNotes().forEach(invoice -> invoice.creditNotes().stream()
                .filter(note -> !note.isNumbered())
                .forEach(note -> numberCreditNote(invoice.id(), note)));
    }
}
