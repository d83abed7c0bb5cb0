package fr.portailfamilles.billing.invoicing;

import fr.portailfamilles.billing.invoicing.domain.CreditNote;
import fr.portailfamilles.billing.invoicing.domain.PaymentState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** An issued invoice as the pages show it: state in words, balance, lines, payments and credit notes. */
public record InvoiceView(String id, String number, String familyId, String payerName, String month,
        String monthLabel, String state, String stateLabel, BigDecimal total, BigDecimal credited, BigDecimal paid,
        BigDecimal balance, Instant issuedAt, LocalDate dueDate, Integer quotient, boolean quotientUnknown,
        String note, List<LineView> lines, List<PaymentView> payments, List<CreditNoteView> creditNotes,
        String pdfUrl) {

    static final String NO_QUOTIENT_NOTE = "Quotient familial non communiqué : tarif de la tranche la plus haute "
            + "appliqué.";

    public record LineView(String childId, String childName, String activityId, String activityName, String unit,
            String unitLabel, String bracket, BigDecimal unitPrice, int days, BigDecimal amount,
            List<LocalDate> dates) {
    }

    public record PaymentView(String paymentId, BigDecimal amount, String method, String methodLabel,
            Instant receivedAt, String reference) {
    }

    public record CreditNoteView(String id, String number, BigDecimal amount, String reason, Instant issuedAt) {
    }

    public static InvoiceView of(Invoice invoice, LocalDate today) {
        PaymentState state = invoice.state(today);
        return new InvoiceView(invoice.id(), invoice.number(), invoice.familyId(), invoice.payerName(),
                invoice.month().toString(), monthLabel(invoice.month()), state.name(), state.label(), invoice.total(),
                invoice.credited(), invoice.paid(), invoice.balance(), invoice.issuedAt(), invoice.dueDate(),
                invoice.quotient(), invoice.quotientUnknown(), invoice.quotientUnknown() ? NO_QUOTIENT_NOTE : null,
                invoice.lines().stream().map(InvoiceView::line).toList(),
                invoice.payments().stream().sorted(Comparator.comparing(Payment::receivedAt)).map(InvoiceView::payment)
                        .toList(),
                invoice.creditNotes().stream().map(InvoiceView::creditNote).toList(),
                "/api/billing/invoices/" + invoice.id() + ".pdf");
    }

    public static String monthLabel(YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH));
    }

    private static LineView line(InvoiceLine line) {
        return new LineView(line.childId(), line.childName(), line.activityId(), line.activityName(), line.unit(),
                line.unitLabel(), line.bracket(), line.unitPrice(), line.days(), line.amount(), line.dates());
    }

    private static PaymentView payment(Payment payment) {
        return new PaymentView(payment.paymentId(), payment.amount(), payment.method().name(),
                payment.method().label(), payment.receivedAt(), payment.reference());
    }

    private static CreditNoteView creditNote(CreditNote note) {
        return new CreditNoteView(note.id(), note.number(), note.amount(), note.reason(), note.issuedAt());
    }
}
