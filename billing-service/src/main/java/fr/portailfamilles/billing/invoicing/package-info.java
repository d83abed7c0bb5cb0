/**
 * Invoicing: the monthly run (requested once per régie and month, executed in the background by a
 * worker that survives restarts; one invoice per family and month, numbered per régie and year),
 * credit notes, payments recorded on invoices, the PDF and the CSV export.
 */
package fr.portailfamilles.billing.invoicing;
