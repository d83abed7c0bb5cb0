package fr.portailfamilles.registration.registration.domain;

/** Where a registration stands; only a sent request waits for a decision. */
public enum RegistrationState {
    /** Sent by the parent, waiting for staff (or the automatic approval). */
    ENVOYEE("Envoyée — en attente de traitement"),
    /** Approved: the child is registered and the family can reserve days. */
    VALIDEE("Validée"),
    /** Refused by staff, with a reason. */
    REFUSEE("Refusée"),
    /** Withdrawn by the parent (or closed when the family was erased). */
    ANNULEE("Annulée");

    private final String label;

    RegistrationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A pending or approved registration holds the child's place for that activity and season. */
    public boolean isActive() {
        return this == ENVOYEE || this == VALIDEE;
    }
}
