package fr.portailfamilles.billing.invoicing;

import fr.portailfamilles.billing.invoicing.domain.CreditNote;
import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * A correction is a credit note, never an edit: recorded on the invoice (checked against what it
 * still carries), then numbered in the credit notes' own sequence and published.
 */
@Service
public class IssuingCreditNotes {

    private final Invoices invoices;
    private final Issuing issuing;
    private final Clock clock;

    IssuingCreditNotes(Invoices invoices, Issuing issuing, Clock clock) {
        this.invoices = invoices;
        this.issuing = issuing;
        this.clock = clock;
    }

    /** @param creditNoteId the id the agent's form chose, so a form sent twice makes one credit note */
    public CreditNote issue(String invoiceId, String creditNoteId, BigDecimal amount, String reason) {
        CreditNote note = new CreditNote(creditNoteId, null, amount, reason, clock.instant());
        invoices.change(invoiceId, invoice -> invoice.addCreditNote(note));
        CreditNote recorded = invoices.byId(invoiceId).flatMap(i -> i.creditNote(creditNoteId)).orElseThrow();
        if (!recorded.isNumbered()) {
            issuing.numberCreditNote(invoiceId, recorded);
        }
        return invoices.byId(invoiceId).flatMap(i -> i.creditNote(creditNoteId)).orElseThrow();
    }
}
