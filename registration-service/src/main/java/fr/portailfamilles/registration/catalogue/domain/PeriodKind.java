package fr.portailfamilles.registration.catalogue.domain;

/** A school period (classes) or a holiday period of the school calendar. */
public enum PeriodKind {
    SCHOOL("Période scolaire"),
    HOLIDAY("Vacances scolaires");

    private final String label;

    PeriodKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
