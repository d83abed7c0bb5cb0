package fr.portailfamilles.registration.catalogue.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * A period during which an activity runs, both dates included. {@code weekdays} overrides the
 * activity's days for this period (Ado'Minos opens on Wednesdays in school periods but every
 * weekday in the holidays); empty means the activity's own days.
 */
public record ActivityPeriod(String id, PeriodKind kind, String label, LocalDate start, LocalDate end,
        Set<DayOfWeek> weekdays) {

    public ActivityPeriod {
        CalendarPeriod checked = new CalendarPeriod(id, kind, label, start, end);
        label = checked.label();
        weekdays = Weekdays.of(weekdays);
    }

    public boolean overlaps(ActivityPeriod other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    public boolean isOverOn(LocalDate day) {
        return end.isBefore(day);
    }

    /** The days this period runs on, given the activity's own days. */
    public Set<DayOfWeek> weekdaysOr(Set<DayOfWeek> activityWeekdays) {
        return weekdays.isEmpty() ? activityWeekdays : weekdays;
    }
}
