package fr.portailfamilles.family.file.domain;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.util.List;

/**
 * Who may pick a child up besides the guardians: a list of people, or an explicit « aucune »;
 * an empty list without that answer means the question was not answered yet.
 */
public record PickUp(List<AuthorisedPerson> persons, boolean nobody) {

    public static final PickUp UNANSWERED = new PickUp(List.of(), false);
    public static final PickUp NOBODY = new PickUp(List.of(), true);
    static final int MAXIMUM = 6;

    public PickUp {
        persons = persons == null ? List.of() : List.copyOf(persons);
        if (nobody && !persons.isEmpty()) {
            throw DomainProblem.invalid("personnes-autorisees-incoherentes",
                    "Vous avez indiqué « aucune personne autorisée » et une liste de personnes : choisissez l'un ou l'autre.");
        }
        if (persons.size() > MAXIMUM) {
            throw DomainProblem.invalid("personnes-autorisees-trop-nombreuses",
                    "Indiquez au plus %d personnes autorisées à venir chercher l'enfant.".formatted(MAXIMUM));
        }
    }

    public boolean isAnswered() {
        return nobody || !persons.isEmpty();
    }
}
