/** The month grid of each registration (a read model fed by the slots' decisions) and its live push to the open page. */
package fr.portailfamilles.reservation.grid;
