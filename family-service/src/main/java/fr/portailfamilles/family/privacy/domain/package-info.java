/** The audit trail of staff reads of children's health notes. */
package fr.portailfamilles.family.privacy.domain;
