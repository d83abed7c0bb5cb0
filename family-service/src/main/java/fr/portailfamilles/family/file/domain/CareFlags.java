package fr.portailfamilles.family.file.domain;

/**
 * What the staff caring for a child must be warned of on the attendance list, and nothing more:
 * whether the file records a PAI, an allergy, a diet. Never what they are.
 */
public record CareFlags(boolean pai, boolean allergy, boolean diet) {

    public static CareFlags of(HealthNotes health) {
        return new CareFlags(health.pai(), health.allergies() != null, health.diet() != null);
    }
}
