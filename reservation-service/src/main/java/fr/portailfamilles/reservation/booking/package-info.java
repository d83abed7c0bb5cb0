/** Reservation requests and their allocation per slot: confirmation while places remain, FIFO waitlist, cancellation and promotion. */
package fr.portailfamilles.reservation.booking;
