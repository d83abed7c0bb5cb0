package fr.portailfamilles.identity.notification.billing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What identity reads of billing-service's {@code fr.portailfamilles.billing.invoice-issued.v1}
 * (topic {@code billing.invoice.v1}, key = invoice id); the lines and other fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoiceIssued(String invoiceId, String familyId, String number, YearMonth month, BigDecimal total,
        LocalDate dueDate) {

    public InvoiceIssued {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(dueDate, "dueDate");
    }
}
