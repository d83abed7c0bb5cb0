package fr.portailfamilles.registration.catalogue.domain;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.function.Predicate;

/**
 * The délai de prévenance of an activity: until when a day can be reserved or cancelled. The
 * catalogue stores and publishes it; the reservation service enforces it with {@link #closesFor}.
 *
 * @param kind the rule
 * @param days for {@link DeadlineKind#WORKING_DAYS_BEFORE}: how many working days before; otherwise null
 * @param time the time of day at which reservations close, town time
 */
public record ReservationDeadline(DeadlineKind kind, Integer days, LocalTime time) {

    static final int LONGEST = 30;

    public ReservationDeadline {
        Rules.required(kind, "delai-invalide", "Le type de délai de réservation");
        Rules.required(time, "delai-invalide", "L'heure limite de réservation");
        if (kind == DeadlineKind.WORKING_DAYS_BEFORE && (days == null || days < 1 || days > LONGEST)) {
            throw DomainProblem.invalid("delai-invalide",
                    "Le nombre de jours ouvrés avant le jour réservé doit être compris entre 1 et " + LONGEST
                            + ".");
        }
        if (kind == DeadlineKind.WEDNESDAY_BEFORE_WEEK) {
            days = null;
        }
    }

    public static ReservationDeadline workingDaysBefore(int days, LocalTime time) {
        return new ReservationDeadline(DeadlineKind.WORKING_DAYS_BEFORE, days, time);
    }

    public static ReservationDeadline wednesdayBeforeWeek(LocalTime time) {
        return new ReservationDeadline(DeadlineKind.WEDNESDAY_BEFORE_WEEK, null, time);
    }

    /** The last moment, town time, at which {@code day} can still be reserved or cancelled. */
    public LocalDateTime closesFor(LocalDate day, Predicate<LocalDate> workingDay) {
        return switch (kind) {
            case WORKING_DAYS_BEFORE -> workingDaysBefore(day, workingDay).atTime(time);
            case WEDNESDAY_BEFORE_WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .minusDays(5).atTime(time);
        };
    }

    private LocalDate workingDaysBefore(LocalDate day, Predicate<LocalDate> workingDay) {
        LocalDate cursor = day;
        for (int counted = 0; counted < days; ) {
            cursor = cursor.minusDays(1);
            if (workingDay.test(cursor)) {
                counted++;
            }
        }
        return cursor;
    }

    /** The rule as parents read it. */
    public String describe() {
        String hour = time.getHour() + "h" + "%02d".formatted(time.getMinute());
        return switch (kind) {
            case WORKING_DAYS_BEFORE -> "Réservations et annulations jusqu'à " + hour + ", " + days
                    + (days == 1 ? " jour ouvré" : " jours ouvrés") + " avant le jour concerné.";
            case WEDNESDAY_BEFORE_WEEK -> "Réservations et annulations jusqu'au mercredi " + hour
                    + " de la semaine précédente.";
        };
    }
}
