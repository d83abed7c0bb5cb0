package fr.portailfamilles.family.file.domain;

import fr.portailfamilles.family.contact.domain.Text;

/**
 * What a family may change about a child itself: school and class, health notes, who may pick
 * the child up, and the image consent. Identity (names, birth date) goes through staff.
 *
 * @param imageConsent whether the child may be photographed or filmed; null until the family answered
 */
public record ChildCare(String school, String schoolClass, HealthNotes health, PickUp pickUp, Boolean imageConsent) {

    public static final ChildCare EMPTY = new ChildCare(null, null, HealthNotes.NONE, PickUp.UNANSWERED, null);

    public ChildCare {
        school = Text.clean(school);
        schoolClass = Text.clean(schoolClass);
        health = health == null ? HealthNotes.NONE : health;
        pickUp = pickUp == null ? PickUp.UNANSWERED : pickUp;
    }
}
