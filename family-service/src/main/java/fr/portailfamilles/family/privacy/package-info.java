/**
 * The family's rights over its data (RGPD): a full export, JSON and readable HTML; erasure by
 * staff, which the other services follow through family-erased; and the audit trail of every
 * staff read of a child's health notes.
 */
package fr.portailfamilles.family.privacy;
