package fr.portailfamilles.billing.invoicing;

import fr.portailfamilles.billing.invoicing.domain.CreditNote;
import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.platform.outbox.OutboxEvents;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The integration events of {@code billing.invoice.v1} (key = invoice id), as written in
 * {@code contracts/asyncapi/billing.yaml}: thin, versioned, no names of children or parents.
 */
@Component
public class InvoiceEvents {

    public static final String TOPIC = "billing.invoice.v1";
    public static final String INVOICE_ISSUED = "fr.portailfamilles.billing.invoice-issued.v1";
    public static final String PAYMENT_RECEIVED = "fr.portailfamilles.billing.payment-received.v1";
    public static final String CREDIT_NOTE_ISSUED = "fr.portailfamilles.billing.credit-note-issued.v1";

    private final OutboxEvents outboxEvents;

    InvoiceEvents(OutboxEvents outboxEvents) {
        this.outboxEvents = outboxEvents;
    }

    OutboxEvent issued(Invoice invoice) {
        List<InvoicedCell> cells = invoice.lines().stream()
                .flatMap(line -> line.dates().stream()
                        .map(date -> new InvoicedCell(line.childId(), line.activityId(), date, line.unit())))
                .sorted(Comparator.comparing(InvoicedCell::date).thenComparing(InvoicedCell::childId)
                        .thenComparing(InvoicedCell::unit))
                .toList();
        return outboxEvents.create(TOPIC, invoice.id(), INVOICE_ISSUED, new InvoiceIssuedV1(invoice.id(),
                invoice.familyId(), invoice.number(), invoice.month().toString(), invoice.total(), invoice.dueDate(),
                cells, invoice.issuedAt()));
    }

    OutboxEvent paymentReceived(Invoice invoice, Payment payment) {
        return outboxEvents.create(TOPIC, invoice.id(), PAYMENT_RECEIVED, new PaymentReceivedV1(payment.paymentId(),
                invoice.id(), invoice.familyId(), payment.amount(), payment.method().name(), payment.receivedAt()));
    }

    OutboxEvent creditNoteIssued(Invoice invoice, CreditNote note) {
        return outboxEvents.create(TOPIC, invoice.id(), CREDIT_NOTE_ISSUED, new CreditNoteIssuedV1(note.id(),
                invoice.id(), invoice.familyId(), note.number(), invoice.number(), note.amount(), note.issuedAt()));
    }

    /** {@code fr.portailfamilles.billing.invoice-issued.v1}: the cells become « Réservation facturée ». */
    record InvoiceIssuedV1(String invoiceId, String familyId, String number, String month, BigDecimal total,
            LocalDate dueDate, List<InvoicedCell> lines, Instant issuedAt) {
    }

    record InvoicedCell(String childId, String activityId, LocalDate date, String unit) {
    }

    /** {@code fr.portailfamilles.billing.payment-received.v1}. */
    record PaymentReceivedV1(String paymentId, String invoiceId, String familyId, BigDecimal amount, String method,
            Instant receivedAt) {
    }

    /** {@code fr.portailfamilles.billing.credit-note-issued.v1}. */
    record CreditNoteIssuedV1(String creditNoteId, String invoiceId, String familyId, String number,
            String invoiceNumber, BigDecimal amount, Instant issuedAt) {
    }
}
