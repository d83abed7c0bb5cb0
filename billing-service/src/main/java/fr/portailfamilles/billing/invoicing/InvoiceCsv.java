package fr.portailfamilles.billing.invoicing;

import fr.portailfamilles.billing.money.Euros;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The month's invoices for the régie's accounting: French headers, « ; » separators, decimal
 * commas, UTF-8 with a byte-order mark so that a spreadsheet opens it with its accents.
 */
final class InvoiceCsv {

    static final String BOM = "\uFEFF";
    static final List<String> HEADERS = List.of("Numéro", "Mois", "Famille", "Payeur", "Date d'émission",
            "Échéance", "Montant facturé", "Avoirs", "Payé", "Reste à payer", "État");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private InvoiceCsv() {
    }

    static byte[] of(List<Invoice> invoices, LocalDate today) {
        String body = Stream.concat(Stream.of(row(HEADERS)), invoices.stream().map(invoice -> row(List.of(
                invoice.number(), invoice.month().toString(), invoice.familyId(), invoice.payerName(),
                DATE.format(TownTime.dateOf(invoice.issuedAt())), DATE.format(invoice.dueDate()),
                Euros.plain(invoice.total()), Euros.plain(invoice.credited()), Euros.plain(invoice.paid()),
                Euros.plain(invoice.balance()), invoice.state(today).label()))))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
        return (BOM + body).getBytes(StandardCharsets.UTF_8);
    }

    private static String row(List<String> cells) {
        return cells.stream().map(InvoiceCsv::cell).collect(Collectors.joining(";"));
    }

    private static String cell(String value) {
        String text = value == null ? "" : value;
        // a leading =, +, - or @ would be a formula in a spreadsheet
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(,\\d+)?")) {
            text = "'" + text;
        }
        return text.contains(";") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
