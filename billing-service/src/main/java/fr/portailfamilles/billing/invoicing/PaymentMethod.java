package fr.portailfamilles.billing.invoicing;

/** How a family paid: online through the provider, or at the régie's desk. */
public enum PaymentMethod {
    ONLINE("Paiement en ligne"),
    CASH("Espèces"),
    CHEQUE("Chèque"),
    CESU("CESU");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
