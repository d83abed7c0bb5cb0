package fr.portailfamilles.billing.invoicing;

import fr.portailfamilles.billing.invoicing.domain.PaymentState;
import fr.portailfamilles.billing.money.Euros;
import fr.portailfamilles.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invoices: « Mes factures » for a parent (their family only; anything else is « introuvable »),
 * the list, the PDF, the credit notes and the CSV export for staff.
 */
@RestController
@RequestMapping("/api/billing/invoices")
class InvoiceApi {

    private final Invoices invoices;
    private final InvoicePdf pdf;
    private final IssuingCreditNotes creditNotes;
    private final Clock clock;

    InvoiceApi(Invoices invoices, InvoicePdf pdf, IssuingCreditNotes creditNotes, Clock clock) {
        this.invoices = invoices;
        this.pdf = pdf;
        this.creditNotes = creditNotes;
        this.clock = clock;
    }

    /** The family's invoices, newest first, with what it still owes in all. */
    @GetMapping("/me")
    MyInvoices mine(CurrentUser user) {
        String familyId = user.requireOwnFamily();
        LocalDate today = TownTime.today(clock);
        List<InvoiceView> views = invoices.issuedOfFamily(familyId).stream().map(i -> InvoiceView.of(i, today))
                .toList();
        BigDecimal due = Euros.sum(views.stream().map(InvoiceView::balance).filter(b -> b.signum() > 0).toList());
        boolean late = views.stream().anyMatch(v -> PaymentState.EN_RETARD.name().equals(v.state()));
        return new MyInvoices(familyId, due, late, views);
    }

    record MyInvoices(String familyId, BigDecimal balance, boolean late, List<InvoiceView> invoices) {
    }

    @GetMapping
    List<InvoiceView> list(CurrentUser user, @RequestParam Optional<String> month,
            @RequestParam Optional<String> familyId) {
        user.requireStaff();
        LocalDate today = TownTime.today(clock);
        return invoices.issued(month.map(InvoicingRunApi::month), familyId).stream()
                .map(i -> InvoiceView.of(i, today)).toList();
    }

    @GetMapping("/{id}")
    InvoiceView one(CurrentUser user, @PathVariable String id) {
        return InvoiceView.of(invoices.issued(id, user::maySee), TownTime.today(clock));
    }

    @GetMapping(value = "/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable String id) {
        Invoice invoice = invoices.issued(id, user::maySee);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(InvoicePdf.fileName(invoice)).build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf.render(invoice));
    }

    @GetMapping(value = "/export.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<byte[]> export(CurrentUser user, @RequestParam String month) {
        user.requireStaff();
        List<Invoice> invoicesOfMonth = invoices.issuedOfMonth(InvoicingRunApi.month(month));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("factures-" + month + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(InvoiceCsv.of(invoicesOfMonth, TownTime.today(clock)));
    }

    @PostMapping("/{id}/credit-notes")
    @ResponseStatus(HttpStatus.CREATED)
    InvoiceView creditNote(CurrentUser user, @PathVariable String id, @Valid @RequestBody CreditNoteRequest request) {
        user.requireStaff();
        invoices.issued(id, user::maySee);
        String creditNoteId = request.creditNoteId() == null || request.creditNoteId().isBlank()
                ? UUID.randomUUID().toString() : request.creditNoteId();
        creditNotes.issue(id, creditNoteId, request.amount(), request.reason());
        return InvoiceView.of(invoices.issued(id, user::maySee), TownTime.today(clock));
    }

    /** @param creditNoteId chosen by the agent's form, so that a form sent twice makes one credit note */
    record CreditNoteRequest(@Size(max = 64) String creditNoteId, @NotNull BigDecimal amount,
            @NotBlank @Size(max = 300) String reason) {
    }
}
