package fr.portailfamilles.billing.invoicing;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The régie de recettes that issues the invoices: its name and address printed on every document,
 * the prefixes of its number series, and how long families have to pay.
 *
 * @param code            stable id of the régie (one numbering per régie and year)
 * @param town            the town's name in the header (« Ville de Carcans »)
 * @param service         the town's service (« Service Enfance Jeunesse »)
 * @param paymentDays     days between the issue of an invoice and its due date
 */
@ConfigurationProperties("portail.billing.regie")
public record RegieProperties(String code, String name, String town, String service, List<String> addressLines,
        String contact, String invoicePrefix, String creditNotePrefix, int paymentDays) {

    public RegieDetails details() {
        return new RegieDetails(code, name, town, service, List.copyOf(addressLines), contact);
    }
}
