package fr.portailfamilles.reservation.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;

/**
 * The « délai de prévenance » of an activity: until when a day may still be reserved or
 * cancelled. Past it the day's cells are « Non modifiable ».
 */
public sealed interface ChangeDeadline {

    /** The last moment (inclusive, to the minute) at which {@code day} may still be changed. */
    LocalDateTime deadlineFor(LocalDate day);

    default boolean allowsChangeOf(LocalDate day, LocalDateTime now) {
        return now.isBefore(deadlineFor(day).plusMinutes(1));
    }

    /** « Reservations and cancellations close at {@code time}, {@code days} working days before. » */
    record WorkingDaysBefore(int days, LocalTime time) implements ChangeDeadline {

        public WorkingDaysBefore {
            if (days < 0) {
                throw new IllegalArgumentException("days must not be negative");
            }
        }

        @Override
        public LocalDateTime deadlineFor(LocalDate day) {
            LocalDate date = day;
            int counted = 0;
            while (counted < days) {
                date = date.minusDays(1);
                if (isWorkingDay(date)) {
                    counted++;
                }
            }
            return (days == 0 ? day : date).atTime(time);
        }

        static boolean isWorkingDay(LocalDate date) {
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !PublicHolidays.isHoliday(date);
        }
    }

    /** « Reservations for a week close on the Wednesday before that week, at {@code time}. » */
    record WednesdayBeforeWeek(LocalTime time) implements ChangeDeadline {

        @Override
        public LocalDateTime deadlineFor(LocalDate day) {
            LocalDate mondayOfWeek = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return mondayOfWeek.minusDays(5).atTime(time);
        }
    }
}
