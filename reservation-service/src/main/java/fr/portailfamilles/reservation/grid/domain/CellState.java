package fr.portailfamilles.reservation.grid.domain;

/** The legend of the grid: every state a cell can show, with the words the family reads. */
public enum CellState {
    FREE("Case libre"),
    REQUESTED("Demande de réservation envoyée"),
    CONFIRMED("Réservation validée"),
    WAITLISTED("Demande de réservation en liste d’attente"),
    CANCEL_REQUESTED("Demande d’annulation envoyée"),
    WITHDRAW_REQUESTED("Demande d’annulation (liste d’attente)"),
    LOCKED_CONFIRMED("Réservation (non modifiable)"),
    LOCKED_WAITLISTED("Réservation en liste d’attente (non modifiable)"),
    PRESENT("Présence (non modifiable)"),
    ABSENT("Absence (non modifiable)"),
    INVOICED("Réservation facturée (non modifiable)"),
    NOT_OFFERED("Pas d’activité");

    private final String label;

    CellState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
