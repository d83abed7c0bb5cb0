package fr.portailfamilles.family.dashboard.domain;

/** The kinds of request a family follows on its dashboard. */
public enum RequestKind {
    REGISTRATION("Inscription"),
    RESERVATION("Réservation"),
    CANCELLATION("Annulation"),
    CONTACT_CHANGE("Modification de coordonnées");

    private final String label;

    RequestKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
