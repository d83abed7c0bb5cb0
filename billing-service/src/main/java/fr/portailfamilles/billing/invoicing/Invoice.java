package fr.portailfamilles.billing.invoicing;

import fr.portailfamilles.billing.invoicing.domain.CreditNote;
import fr.portailfamilles.billing.invoicing.domain.PaymentState;
import fr.portailfamilles.billing.money.Euros;
import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A family's invoice for one month. Drafted from the billable days, then numbered and issued;
 * an issued invoice is never edited: payments and credit notes are added to it, each with its
 * integration event written in the same document (outbox).
 */
@Document(Invoice.COLLECTION)
public class Invoice {

    public static final String COLLECTION = "invoices";

    @Id
    private String id;
    private String familyId;
    private String month;
    private InvoiceStatus status;
    private String number;
    private int numberYear;
    private String payerName;
    private String payerEmail;
    private Integer quotient;
    private boolean quotientUnknown;
    private RegieDetails regie;
    private List<InvoiceLine> lines = new ArrayList<>();
    private List<String> usageIds = new ArrayList<>();
    private BigDecimal total;
    private Instant createdAt;
    private Instant issuedAt;
    private LocalDate dueDate;
    private List<Payment> payments = new ArrayList<>();
    private List<CreditNote> creditNotes = new ArrayList<>();
    private List<OutboxEvent> outbox = new ArrayList<>();
    @Version
    private Long version;

    @PersistenceCreator
    Invoice() {
    }

    /** The id of a family's invoice for a month: the same for every run, so a rerun finds it. */
    public static String idFor(String familyId, YearMonth month) {
        return UUID.nameUUIDFromBytes(("invoice|" + familyId + "|" + month).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    static Invoice draft(String familyId, YearMonth month, Payer payer, RegieDetails regie, List<InvoiceLine> lines,
            List<String> usageIds, Instant at) {
        Invoice invoice = new Invoice();
        invoice.id = idFor(familyId, month);
        invoice.familyId = familyId;
        invoice.month = month.toString();
        invoice.status = InvoiceStatus.DRAFT;
        invoice.numberYear = TownTime.dateOf(at).getYear();
        invoice.payerName = payer.name();
        invoice.payerEmail = payer.email();
        invoice.quotient = payer.quotient();
        invoice.quotientUnknown = payer.quotient() == null;
        invoice.regie = regie;
        invoice.lines = List.copyOf(lines);
        invoice.usageIds = List.copyOf(usageIds);
        invoice.total = Euros.sum(lines.stream().map(InvoiceLine::amount).toList());
        invoice.createdAt = at;
        return invoice;
    }

    /** Who pays, as known when the invoice is drafted. */
    record Payer(String name, String email, Integer quotient) {
    }

    /** Gives the draft its number and issues it; an issued invoice is left as it is. */
    boolean issue(String allocatedNumber, Instant at, int paymentDays, Function<Invoice, OutboxEvent> issuedEvent) {
        if (status == InvoiceStatus.ISSUED) {
            return false;
        }
        number = allocatedNumber;
        status = InvoiceStatus.ISSUED;
        issuedAt = at;
        dueDate = TownTime.dateOf(at).plusDays(paymentDays);
        outbox.add(issuedEvent.apply(this));
        return true;
    }

    /** Refuses to start a payment the invoice cannot take: already paid, or more than is due. */
    public void checkPayable(BigDecimal amount) {
        requireIssued();
        if (balance().signum() <= 0) {
            throw DomainProblem.conflict("facture-deja-reglee", "La facture " + number + " est déjà réglée.");
        }
        if (amount.signum() <= 0 || !Euros.isCents(amount) || amount.compareTo(balance()) > 0) {
            throw DomainProblem.unprocessable("montant-invalide", "Le montant doit être positif, au centime près, "
                    + "et ne pas dépasser le reste à payer de " + Euros.french(balance()) + ".");
        }
    }

    /** Records a payment once: the same payment id again changes nothing and returns false. */
    boolean recordPayment(Payment payment, Function<Payment, OutboxEvent> receivedEvent) {
        requireIssued();
        if (payment(payment.paymentId()).isPresent()) {
            return false;
        }
        payments.add(payment);
        outbox.add(receivedEvent.apply(payment));
        return true;
    }

    /** Adds a credit note, not yet numbered; the same credit note id again changes nothing. */
    boolean addCreditNote(CreditNote note) {
        requireIssued();
        if (creditNote(note.id()).isPresent()) {
            return false;
        }
        note.checkFits(total, credited());
        creditNotes.add(note);
        return true;
    }

    boolean numberCreditNote(String creditNoteId, String allocatedNumber, Function<CreditNote, OutboxEvent> event) {
        CreditNote note = creditNote(creditNoteId).orElseThrow();
        if (note.isNumbered()) {
            return false;
        }
        CreditNote numbered = note.numbered(allocatedNumber);
        creditNotes.set(creditNotes.indexOf(note), numbered);
        outbox.add(event.apply(numbered));
        return true;
    }

    void anonymise() {
        payerName = "Famille anonymisée";
        payerEmail = null;
        lines = lines.stream().map(InvoiceLine::anonymised).toList();
    }

    private void requireIssued() {
        if (status != InvoiceStatus.ISSUED) {
            throw DomainProblem.conflict("facture-non-emise", "Cette facture n'est pas encore émise.");
        }
    }

    public BigDecimal paid() {
        return Euros.sum(payments.stream().map(Payment::amount).toList());
    }

    public BigDecimal credited() {
        return Euros.sum(creditNotes.stream().map(CreditNote::amount).toList());
    }

    /** What the family still owes; negative when it paid more than is due (the régie refunds it). */
    public BigDecimal balance() {
        return Euros.of(total.subtract(credited()).subtract(paid()));
    }

    public PaymentState state(LocalDate today) {
        return PaymentState.of(balance(), dueDate, today);
    }

    public Optional<Payment> payment(String paymentId) {
        return payments.stream().filter(p -> p.paymentId().equals(paymentId)).findFirst();
    }

    public Optional<CreditNote> creditNote(String creditNoteId) {
        return creditNotes.stream().filter(c -> c.id().equals(creditNoteId)).findFirst();
    }

    public boolean isDraft() {
        return status == InvoiceStatus.DRAFT;
    }

    public boolean hasUnnumberedCreditNote() {
        return creditNotes.stream().anyMatch(c -> !c.isNumbered());
    }

    public String id() { return id; }
    public String familyId() { return familyId; }
    public YearMonth month() { return YearMonth.parse(month); }
    public InvoiceStatus status() { return status; }
    public String number() { return number; }
    public int numberYear() { return numberYear; }
    public String payerName() { return payerName; }
    public String payerEmail() { return payerEmail; }
    public Integer quotient() { return quotient; }
    public boolean quotientUnknown() { return quotientUnknown; }
    public RegieDetails regie() { return regie; }
    public List<InvoiceLine> lines() { return List.copyOf(lines); }
    public List<String> usageIds() { return List.copyOf(usageIds); }
    public BigDecimal total() { return total; }
    public Instant createdAt() { return createdAt; }
    public Instant issuedAt() { return issuedAt; }
    public LocalDate dueDate() { return dueDate; }
    public List<Payment> payments() { return List.copyOf(payments); }
    public List<CreditNote> creditNotes() { return List.copyOf(creditNotes); }
}
