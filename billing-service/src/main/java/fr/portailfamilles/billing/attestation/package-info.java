/** The yearly attestation of childcare costs for children under six, for the family's tax return. */
package fr.portailfamilles.billing.attestation;
