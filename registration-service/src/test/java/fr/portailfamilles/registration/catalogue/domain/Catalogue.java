package fr.portailfamilles.registration.catalogue.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Fixture builders for the catalogue's model: a season 2026–2027 and activities in it. */
public final class Catalogue {

    public static final Season SEASON = new Season("2026-2027", "Année scolaire 2026–2027",
            LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31));
    public static final ActivityPeriod AUTUMN = period("ecole-1", PeriodKind.SCHOOL, "Rentrée – Toussaint",
            "2026-09-01", "2026-10-16");
    public static final ActivityPeriod TOUSSAINT = period("toussaint", PeriodKind.HOLIDAY, "Toussaint",
            "2026-10-17", "2026-11-01");
    public static final ActivityPeriod WINTER = period("ecole-2", PeriodKind.SCHOOL, "Toussaint – Noël",
            "2026-11-02", "2026-12-18");
    public static final ActivityPeriod NOEL = period("noel", PeriodKind.HOLIDAY, "Noël", "2026-12-19", "2027-01-03");

    private Catalogue() {
    }

    public static ActivityPeriod period(String id, PeriodKind kind, String label, String start, String end) {
        return new ActivityPeriod(id, kind, label, LocalDate.parse(start), LocalDate.parse(end), Set.of());
    }

    /** An APS-like definition: 3–11 years, school days, matin and soir, closed on 11 November. */
    public static ActivityDefinition aps() {
        return definition(List.of(AUTUMN, WINTER), new TreeSet<>(Set.of(LocalDate.of(2026, 11, 11))));
    }

    public static ActivityDefinition definition(List<ActivityPeriod> periods, TreeSet<LocalDate> closedDays) {
        return new ActivityDefinition("APS", ActivityKind.APS, "Accueil périscolaire", new AgeRange(3, 11),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), periods,
                List.of(new Unit("matin", UnitRow.ACCUEIL, "Matin"), new Unit("soir", UnitRow.ACCUEIL, "Soir")),
                closedDays, ReservationDeadline.workingDaysBefore(2, LocalTime.of(23, 59)), false);
    }

    public static Activity anActivity(String id, ActivityDefinition definition) {
        return Activity.create(id, definition, SEASON, Instant.parse("2026-08-20T08:00:00Z"));
    }

    /** 3–11 years, Wednesdays, approved automatically. */
    public static Activity anAutomaticActivity(String id) {
        ActivityDefinition aps = aps();
        return anActivity(id, new ActivityDefinition("Mercredis", ActivityKind.ALSH_MERCREDIS, "", aps.ages(),
                Set.of(DayOfWeek.WEDNESDAY), aps.periods(), aps.units(), aps.closedDays(), aps.deadline(), true));
    }
}
