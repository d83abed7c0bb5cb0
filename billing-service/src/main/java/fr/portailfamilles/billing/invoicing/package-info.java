/**
 * Invoicing: the monthly run (one invoice per family and month, numbered per régie and year),
 * credit notes, payments recorded on invoices, the PDF and the CSV export.
 */
package fr.portailfamilles.billing.invoicing;
