package fr.portailfamilles.reservation.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * « Réservation selon une semaine type »: the chosen units on the chosen weekdays of a date
 * range, expanded to the cells of the days the activity actually runs.
 */
public record WeeklyTemplate(Set<DayOfWeek> weekdays, List<String> units, LocalDate from, LocalDate to) {

    /** A template never spans more than a season. */
    public static final long MAX_DAYS = 366;

    public WeeklyTemplate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        weekdays = Set.copyOf(weekdays);
        units = List.copyOf(units);
        if (weekdays.isEmpty() || units.isEmpty()) {
            throw new IllegalArgumentException("A weekly template needs weekdays and units");
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new IllegalArgumentException("A weekly template needs a range of at most a year, from before to");
        }
    }

    /** The cells of the template on the days {@code schedule} offers, in date order. */
    public List<CellRef> expand(ActivitySchedule schedule) {
        List<CellRef> cells = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            if (weekdays.contains(date.getDayOfWeek()) && schedule.offers(date)) {
                for (String unit : units) {
                    cells.add(new CellRef(date, unit));
                }
            }
        }
        return cells;
    }
}
