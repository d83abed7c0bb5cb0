/** The reservation service: the monthly grid of each registration, slots with capacity and waitlists, deadlines and attendance. */
package fr.portailfamilles.reservation;
