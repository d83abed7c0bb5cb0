package fr.portailfamilles.billing.payment;

/** How an online payment attempt ended. */
public enum PaymentOutcome {
    PAID,
    REFUSED,
    ABANDONED
}
