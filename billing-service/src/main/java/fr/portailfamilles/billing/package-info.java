/**
 * The town's billing: tariffs by family quotient, the record of billable days, monthly invoices
 * with their numbers, credit notes and PDF, online and offline payments, and the yearly childcare
 * attestation.
 */
package fr.portailfamilles.billing;
