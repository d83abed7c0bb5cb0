/** The slot aggregate and its policies: allocation in arrival order, waitlist, promotion of the head, closing, capacity. */
package fr.portailfamilles.reservation.booking.domain;
