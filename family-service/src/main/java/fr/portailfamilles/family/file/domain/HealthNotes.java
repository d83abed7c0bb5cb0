package fr.portailfamilles.family.file.domain;

import fr.portailfamilles.family.contact.domain.PhoneNumbers;
import fr.portailfamilles.family.contact.domain.Text;

/**
 * What the staff caring for a child must know about their health. Sensitive: only the family and
 * staff see it, it never leaves in an event, and {@link #toString()} hides it from any log.
 *
 * @param allergies   allergies, as the family describes them
 * @param pai         whether a « projet d'accueil individualisé » (PAI) exists
 * @param paiDetails  what the PAI asks of the staff
 * @param diet        diet (e.g. « sans porc », « végétarien »)
 * @param doctorName  the family doctor
 * @param doctorPhone the doctor's phone
 */
public record HealthNotes(String allergies, boolean pai, String paiDetails, String diet, String doctorName,
        String doctorPhone) {

    public static final HealthNotes NONE = new HealthNotes(null, false, null, null, null, null);

    public HealthNotes {
        allergies = Text.clean(allergies);
        paiDetails = Text.clean(paiDetails);
        diet = Text.clean(diet);
        doctorName = Text.clean(doctorName);
        doctorPhone = PhoneNumbers.normalize(doctorPhone);
    }

    @Override
    public String toString() {
        return "HealthNotes[masquées]";
    }
}
