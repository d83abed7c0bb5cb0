package fr.portailfamilles.reservation.calendar.domain;

/** Whether an activity runs on a given day, and if not, why: the grid tells the family. */
public enum DayStatus {
    OFFERED("Jour d’activité"),
    NOT_SCHEDULED("Pas d’activité ce jour"),
    PUBLIC_HOLIDAY("Jour férié"),
    CLOSED("Structure fermée");

    private final String label;

    DayStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
