package fr.portailfamilles.billing.invoicing;

/** A draft is being numbered; once issued an invoice never changes, only credit notes and payments add to it. */
public enum InvoiceStatus {
    DRAFT,
    ISSUED
}
