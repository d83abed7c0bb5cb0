package fr.portailfamilles.registration.catalogue.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

/** Monday to Friday, except the public holidays: the days the town's services count as worked. */
public record WorkingDays(Set<LocalDate> publicHolidays) implements Predicate<LocalDate> {

    public WorkingDays {
        publicHolidays = Set.copyOf(publicHolidays);
    }

    @Override
    public boolean test(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !publicHolidays.contains(day);
    }
}
