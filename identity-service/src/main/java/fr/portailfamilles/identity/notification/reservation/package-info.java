/** Mails about reservations the system changed on its own: a waitlisted day promoted, a day closed ({@code reservation.reservation.v1}). */
package fr.portailfamilles.identity.notification.reservation;
