package fr.portailfamilles.reservation.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fixture builders of activity calendars. */
public final class Schedules {

    private Schedules() {
    }

    /** APS in November–December 2026: school days, mornings and evenings, a meal, closed on 20 November. */
    public static ActivitySchedule aps() {
        return new ActivitySchedule("aps", "APS", "APS",
                List.of(new Period("p1", Period.Kind.SCHOOL, "Période 2", LocalDate.of(2026, 11, 2),
                        LocalDate.of(2026, 12, 18))),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY),
                List.of(new Unit("matin", UnitRow.ACCUEIL, "Matin"), new Unit("soir", UnitRow.ACCUEIL, "Soir"),
                        new Unit("repas", UnitRow.SUPPLEMENT, "Repas")),
                Map.of(LocalDate.of(2026, 11, 20), "Journée pédagogique"),
                new ChangeDeadline.WorkingDaysBefore(2, LocalTime.of(23, 59)));
    }
}
