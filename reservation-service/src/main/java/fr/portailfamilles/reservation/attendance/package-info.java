/** Pointage: staff's list of expected children per day and unit, presences and absences, unexpected children. */
package fr.portailfamilles.reservation.attendance;
