/** Billing's own copy of the families, children and activities it bills, kept from the owners' events. */
package fr.portailfamilles.billing.directory;
