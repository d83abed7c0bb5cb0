package fr.portailfamilles.registration.catalogue.domain;

/** The three rows of the reservation grid a unit belongs to. */
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
