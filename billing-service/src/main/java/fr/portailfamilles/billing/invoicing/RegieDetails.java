package fr.portailfamilles.billing.invoicing;

import java.util.List;
import java.util.Map;

/** The régie as printed on one invoice: a copy, so a later change of address does not rewrite the past. */
public record RegieDetails(String code, String name, String town, String service, List<String> addressLines,
        String contact) {

    /** For the document templates, which read maps. */
    public static Map<String, Object> asMap(RegieDetails regie) {
        return Map.of("name", regie.name(), "town", regie.town(), "service", regie.service(),
                "addressLines", regie.addressLines(), "contact", regie.contact());
    }
}
