package fr.portailfamilles.family.dashboard.domain;

/**
 * The states a family sees, in the order a request moves through them: when two reports carry
 * the same time, the later state in this order wins (an automatic approval stamped with the
 * instant of its request is still an approval).
 */
public enum RequestState {
    SENT("Envoyée"),
    PENDING("En attente de traitement"),
    WAITLISTED("En liste d'attente"),
    ACCEPTED("Acceptée"),
    REFUSED("Refusée"),
    CANCELLED("Annulée");

    private final String label;

    RequestState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
