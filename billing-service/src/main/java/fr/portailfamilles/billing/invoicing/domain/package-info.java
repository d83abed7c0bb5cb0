/** Invoicing policies: document numbering per régie and year, credit notes, payment state. Pure, no framework. */
package fr.portailfamilles.billing.invoicing.domain;
