package fr.portailfamilles.billing.directory;

import java.time.LocalDate;
import java.time.Period;
import org.springframework.data.annotation.Id;

/** A child as billing needs it: a name for invoice lines, a birth date for the under-6 attestation. */
public record ChildRecord(@Id String id, String familyId, String firstName, String lastName, LocalDate birthDate) {

    public static final String COLLECTION = "children";

    public static ChildRecord unknown(String childId) {
        return new ChildRecord(childId, null, null, null, null);
    }

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? "Enfant " + id : name;
    }

    /** Under six on the 1st of January of {@code year}: the rule of the childcare tax credit. */
    public boolean isUnderSixOnFirstJanuary(int year) {
        return birthDate != null && Period.between(birthDate, LocalDate.of(year, 1, 1)).getYears() < 6;
    }
}
