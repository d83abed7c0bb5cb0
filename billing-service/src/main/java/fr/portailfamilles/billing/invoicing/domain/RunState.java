package fr.portailfamilles.billing.invoicing.domain;

/** Where a month's invoicing run stands, as staff read it. */
public enum RunState {
    REQUESTED("Demandée"),
    RUNNING("En cours"),
    DONE("Terminée"),
    FAILED("Échouée");

    private final String label;

    RunState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Requested or running: the run will still invoice, so it is not asked again. */
    public boolean isPending() {
        return this == REQUESTED || this == RUNNING;
    }
}
