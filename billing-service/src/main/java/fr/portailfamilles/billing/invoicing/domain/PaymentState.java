package fr.portailfamilles.billing.invoicing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a parent reads on an invoice: paid, to pay, or late. Colour is never the only signal. */
public enum PaymentState {
    A_PAYER("À payer"),
    PAYEE("Payée"),
    EN_RETARD("En retard");

    private final String label;

    PaymentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static PaymentState of(BigDecimal balance, LocalDate dueDate, LocalDate today) {
        if (balance.signum() <= 0) {
            return PAYEE;
        }
        return today.isAfter(dueDate) ? EN_RETARD : A_PAYER;
    }
}
