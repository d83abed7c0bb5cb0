package fr.portailfamilles.family.file.domain;

import fr.portailfamilles.family.contact.domain.Text;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.LocalDate;

/**
 * Who a child is: names and birth date. Only staff change them, on proof, because registrations
 * depend on the age.
 *
 * @param birthDate may be missing while the file is incomplete, never in the future
 */
public record ChildIdentity(String firstName, String lastName, LocalDate birthDate) {

    public ChildIdentity {
        firstName = Text.clean(firstName);
        lastName = Text.clean(lastName);
        if (firstName == null || lastName == null) {
            throw DomainProblem.invalid("nom-enfant-requis", "Indiquez le prénom et le nom de l'enfant.");
        }
    }

    /** Refuses a birth date after {@code today}. */
    public ChildIdentity checkedOn(LocalDate today) {
        if (birthDate != null && birthDate.isAfter(today)) {
            throw DomainProblem.invalid("date-naissance-future",
                    "La date de naissance de %s ne peut pas être dans le futur.".formatted(firstName));
        }
        return this;
    }
}
