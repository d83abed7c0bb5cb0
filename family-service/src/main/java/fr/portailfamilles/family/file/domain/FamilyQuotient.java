package fr.portailfamilles.family.file.domain;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The family quotient (QF) that selects the tariff, with the date of the document that proves it
 * (CAF or MSA certificate).
 */
public record FamilyQuotient(int value, LocalDate proofDate) {

    public FamilyQuotient {
        if (value < 0 || value > 99_999) {
            throw DomainProblem.invalid("quotient-invalide",
                    "Le quotient familial doit être un nombre entier entre 0 et 99 999.");
        }
        Objects.requireNonNull(proofDate, "proofDate");
    }

    /** Refuses a proof dated after {@code today}. */
    public FamilyQuotient checkedOn(LocalDate today) {
        if (proofDate.isAfter(today)) {
            throw DomainProblem.invalid("date-justificatif-future",
                    "La date du justificatif du quotient familial ne peut pas être dans le futur.");
        }
        return this;
    }
}
