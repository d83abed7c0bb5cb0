package fr.portailfamilles.billing.usage.domain;

/**
 * Whether a cell is billed, and the rule that decided it, in words a parent or an agent reads.
 */
public record BillingDecision(boolean billed, Rule rule) {

    /** The billing rules, in the order they are applied. */
    public enum Rule {
        PRESENCE(true, "Présence"),
        UNEXPECTED_PRESENCE(true, "Présence sans réservation"),
        JUSTIFIED_ABSENCE(false, "Absence justifiée"),
        DAY_CLOSED(false, "Jour de fermeture"),
        CANCELLED_IN_TIME(false, "Annulation dans les délais"),
        REGISTRATION_CANCELLED(false, "Inscription annulée"),
        UNJUSTIFIED_ABSENCE(true, "Absence non justifiée"),
        RESERVATION(true, "Réservation confirmée"),
        NOTHING_TO_BILL(false, "Aucune réservation confirmée");

        private final boolean billed;
        private final String label;

        Rule(boolean billed, String label) {
            this.billed = billed;
            this.label = label;
        }

        public String label() {
            return label;
        }

        BillingDecision decision() {
            return new BillingDecision(billed, this);
        }
    }
}
