/** When an activity runs and until when its days may be changed: schedules, public holidays, deadlines, weekly templates. */
package fr.portailfamilles.reservation.calendar.domain;
