package fr.portailfamilles.billing.invoicing;

import fr.portailfamilles.billing.documents.PdfDocuments;
import fr.portailfamilles.billing.money.Euros;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The invoice as the family keeps it: a French, accessible PDF with the town's header. */
@Component
class InvoicePdf {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private final PdfDocuments documents;

    InvoicePdf(PdfDocuments documents) {
        this.documents = documents;
    }

    byte[] render(Invoice invoice) {
        return documents.pdf("invoice", variables(invoice));
    }

    static String fileName(Invoice invoice) {
        return "facture-" + invoice.number() + ".pdf";
    }

    Map<String, Object> variables(Invoice invoice) {
        Map<String, Object> model = new HashMap<>();
        model.put("number", invoice.number());
        model.put("regie", RegieDetails.asMap(invoice.regie()));
        model.put("monthLabel", InvoiceView.monthLabel(invoice.month()));
        model.put("issuedOn", DATE.format(TownTime.dateOf(invoice.issuedAt())));
        model.put("dueDate", DATE.format(invoice.dueDate()));
        model.put("payerName", invoice.payerName());
        model.put("familyId", invoice.familyId());
        model.put("quotient", invoice.quotient());
        model.put("quotientNote", invoice.quotientUnknown() ? InvoiceView.NO_QUOTIENT_NOTE : null);
        model.put("lines", invoice.lines().stream().map(InvoicePdf::line).toList());
        model.put("total", Euros.french(invoice.total()));
        model.put("creditNotes", invoice.creditNotes().stream().filter(c -> c.isNumbered())
                .map(c -> Map.of("number", c.number(), "reason", c.reason(), "amount", Euros.french(c.amount())))
                .toList());
        model.put("payments", invoice.payments().stream()
                .map(p -> Map.of("date", DATE.format(TownTime.dateOf(p.receivedAt())), "method", p.method().label(),
                        "amount", Euros.french(p.amount())))
                .toList());
        model.put("balance", Euros.french(invoice.balance()));
        return model;
    }

    private static Map<String, Object> line(InvoiceLine line) {
        return Map.of("child", line.childName(), "activity", line.activityName(), "unit", line.unitLabel(),
                "bracket", line.bracket(), "days", line.days(), "unitPrice", Euros.french(line.unitPrice()),
                "amount", Euros.french(line.amount()), "dates", days(line.dates()));
    }

    /** The days of the month (every date of an invoice is in its month): « 5, 6, 7, 8 ». */
    private static String days(List<LocalDate> dates) {
        return dates.stream().map(date -> String.valueOf(date.getDayOfMonth())).collect(Collectors.joining(", "));
    }
}
