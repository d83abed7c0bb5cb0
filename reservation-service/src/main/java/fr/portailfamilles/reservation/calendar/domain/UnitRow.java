package fr.portailfamilles.reservation.calendar.domain;

/** The three rows of the grid a unit belongs to, in the order the grid shows them. */
public enum UnitRow {
    ACCUEIL("Accueils"),
    SUPPLEMENT("Suppléments"),
    JOURNEE("Journée");

    private final String label;

    UnitRow(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
