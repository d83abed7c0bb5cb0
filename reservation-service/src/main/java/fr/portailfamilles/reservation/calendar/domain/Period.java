package fr.portailfamilles.reservation.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * A school or holiday period of a season during which an activity runs.
 *
 * @param weekdays the days the activity runs in this period (Ado'Minos: Wednesdays in school
 *                 periods, every weekday in the holidays); empty means the activity's usual days
 */
public record Period(String id, Kind kind, String label, LocalDate start, LocalDate end, Set<DayOfWeek> weekdays) {

    public enum Kind { SCHOOL, HOLIDAY }

    public Period {
        weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
    }

    public Period(String id, Kind kind, String label, LocalDate start, LocalDate end) {
        this(id, kind, label, start, end, Set.of());
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
