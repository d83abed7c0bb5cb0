package fr.portailfamilles.billing.directory;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;

/**
 * What billing keeps of a family, from family-service's events: the quotient that selects the
 * tariff and the payer's name and e-mail printed on invoices.
 *
 * @param quotient null while the family has no recorded quotient (it then pays the top bracket)
 */
public record FamilyRecord(@Id String id, Integer quotient, LocalDate quotientProofDate, String firstName,
        String lastName, String email, Boolean erased) {

    public static final String COLLECTION = "families";

    public static FamilyRecord unknown(String familyId) {
        return new FamilyRecord(familyId, null, null, null, null, null, false);
    }

    public String payerName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? "Famille " + id : name;
    }
}
