/** Tariffs managed by staff, and the quote of a selection before the parent sends it. */
package fr.portailfamilles.billing.tariff;
