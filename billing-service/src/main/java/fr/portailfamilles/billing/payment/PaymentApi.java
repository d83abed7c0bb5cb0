package fr.portailfamilles.billing.payment;

import fr.portailfamilles.billing.invoicing.Invoice;
import fr.portailfamilles.billing.invoicing.InvoiceView;
import fr.portailfamilles.billing.invoicing.Invoices;
import fr.portailfamilles.billing.invoicing.Payment;
import fr.portailfamilles.billing.invoicing.PaymentMethod;
import fr.portailfamilles.billing.invoicing.RecordingPayments;
import fr.portailfamilles.billing.invoicing.TownTime;
import fr.portailfamilles.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments: a parent starts an online payment of their invoice; the provider notifies the outcome
 * (open path, verified by the provider adapter); staff record payments at the desk and list them.
 */
@RestController
class PaymentApi {

    private final Paying paying;
    private final Invoices invoices;
    private final RecordingPayments recording;
    private final Clock clock;

    PaymentApi(Paying paying, Invoices invoices, RecordingPayments recording, Clock clock) {
        this.paying = paying;
        this.invoices = invoices;
        this.recording = recording;
        this.clock = clock;
    }

    @PostMapping("/api/billing/invoices/{id}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    Paying.Started start(CurrentUser user, @PathVariable String id, @RequestBody(required = false) StartRequest body) {
        return paying.start(user.requireOwnFamily(), id, body == null ? null : body.amount(), user.email());
    }

    record StartRequest(BigDecimal amount) {
    }

    /** The provider's server-to-server notification (form fields); answers 200 once recorded. */
    @PostMapping(value = NotificationAddress.PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    AttemptView notification(@RequestParam Map<String, String> notification) {
        return AttemptView.of(paying.notified(notification));
    }

    @GetMapping("/api/billing/payments/{reference}")
    AttemptView attempt(CurrentUser user, @PathVariable String reference) {
        return AttemptView.of(paying.attempt(reference, user::maySee));
    }

    record AttemptView(String reference, String invoiceId, String invoiceNumber, BigDecimal amount, String state,
            String stateLabel, Instant createdAt, Instant settledAt) {

        static AttemptView of(PaymentAttempt attempt) {
            return new AttemptView(attempt.id(), attempt.invoiceId(), attempt.invoiceNumber(), attempt.amount(),
                    attempt.state().name(), attempt.state().label(), attempt.createdAt(), attempt.settledAt());
        }
    }

    @PostMapping("/api/billing/invoices/{id}/offline-payments")
    @ResponseStatus(HttpStatus.CREATED)
    InvoiceView offline(CurrentUser user, @PathVariable String id, @Valid @RequestBody OfflinePayment body) {
        user.requireStaff();
        invoices.issued(id, user::maySee);
        Instant receivedAt = body.receivedOn() == null || body.receivedOn().equals(TownTime.today(clock))
                ? clock.instant() : body.receivedOn().atTime(12, 0).atZone(TownTime.ZONE).toInstant();
        String paymentId = body.paymentId() == null || body.paymentId().isBlank() ? UUID.randomUUID().toString()
                : body.paymentId();
        recording.recordOffline(id, new Payment(paymentId, body.amount(), body.method(), receivedAt, body.reference(),
                user.name() == null ? user.accountId() : user.name()));
        return InvoiceView.of(invoices.issued(id, user::maySee), TownTime.today(clock));
    }

    /** @param paymentId chosen by the agent's form, so that a form sent twice records one payment */
    record OfflinePayment(@Size(max = 64) String paymentId, @NotNull BigDecimal amount, @NotNull PaymentMethod method,
            @Size(max = 60) String reference, @PastOrPresent LocalDate receivedOn) {
    }

    @GetMapping("/api/billing/payments")
    List<PaymentRow> payments(CurrentUser user, @RequestParam Optional<String> month) {
        user.requireStaff();
        return invoices.withPayments().stream()
                .flatMap(invoice -> invoice.payments().stream().map(p -> PaymentRow.of(invoice, p)))
                .filter(row -> month.map(m -> TownTime.monthOf(row.receivedAt()).toString().equals(m)).orElse(true))
                .sorted(Comparator.comparing(PaymentRow::receivedAt).reversed())
                .toList();
    }

    record PaymentRow(String paymentId, String invoiceId, String invoiceNumber, String familyId, String payerName,
            BigDecimal amount, String method, String methodLabel, Instant receivedAt, String reference,
            String recordedBy) {

        static PaymentRow of(Invoice invoice, Payment payment) {
            return new PaymentRow(payment.paymentId(), invoice.id(), invoice.number(), invoice.familyId(),
                    invoice.payerName(), payment.amount(), payment.method().name(), payment.method().label(),
                    payment.receivedAt(), payment.reference(), payment.recordedBy());
        }
    }
}
