package fr.portailfamilles.registration.catalogue.domain;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.time.Period;

/**
 * The ages an activity admits, in full years, both bounds included. The age that counts is the
 * child's age on the first day of the activity's season, so that one answer holds for the whole
 * school year (a child of 11 at the rentrée stays in the ALSH until the summer).
 */
public record AgeRange(int min, int max) {

    static final int OLDEST = 25;

    public AgeRange {
        if (min < 0 || max > OLDEST || min > max) {
            throw DomainProblem.invalid("tranche-age-invalide",
                    "La tranche d'âge doit aller d'un âge minimum à un âge maximum compris entre 0 et " + OLDEST
                            + " ans.");
        }
    }

    public static int ageOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public boolean admits(LocalDate birthDate, LocalDate on) {
        int age = ageOn(birthDate, on);
        return age >= min && age <= max;
    }

    public String label() {
        return "de " + min + " à " + max + " ans";
    }
}
