/** Activity calendars learned from the registration service's events, and the staff's closures of days. */
package fr.portailfamilles.reservation.calendar;
