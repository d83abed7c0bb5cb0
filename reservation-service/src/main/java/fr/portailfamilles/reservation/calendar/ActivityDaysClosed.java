package fr.portailfamilles.reservation.calendar;

import java.time.LocalDate;
import java.util.List;

/** A new version of an activity's calendar closes days it used to offer: their places must be given back. */
public record ActivityDaysClosed(String activityId, List<LocalDate> days, String reason) {
}
