package fr.portailfamilles.registration.catalogue;

import static fr.portailfamilles.registration.catalogue.domain.PeriodKind.HOLIDAY;
import static fr.portailfamilles.registration.catalogue.domain.PeriodKind.SCHOOL;

import fr.portailfamilles.registration.catalogue.domain.CalendarPeriod;
import fr.portailfamilles.registration.catalogue.domain.OpeningDay;
import fr.portailfamilles.registration.catalogue.domain.OpeningHours;
import fr.portailfamilles.registration.catalogue.domain.SchoolCalendar;
import fr.portailfamilles.registration.catalogue.domain.Season;
import fr.portailfamilles.registration.catalogue.domain.TimeRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The demo town's school year 2026–2027, zone A (académie de Bordeaux), from the arrêté of
 * 22 October 2025. Holidays run from the Saturday classes stop to the eve of the reprise; a
 * school period ends on the Friday before. The public holidays are those of the season.
 */
final class DemoSchoolYear {

    static final String SEASON_ID = "2026-2027";

    private DemoSchoolYear() {
    }

    static Season season() {
        return new Season(SEASON_ID, "Année scolaire 2026–2027", LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 8, 31));
    }

    static SchoolCalendar calendar() {
        return SchoolCalendar.of(season(), "A", periods(), new TreeSet<>(publicHolidays()));
    }

    static List<CalendarPeriod> periods() {
        return List.of(
                school(1, "Rentrée – Toussaint", "2026-09-01", "2026-10-16"),
                holiday("toussaint", "Vacances de la Toussaint", "2026-10-17", "2026-11-01"),
                school(2, "Toussaint – Noël", "2026-11-02", "2026-12-18"),
                holiday("noel", "Vacances de Noël", "2026-12-19", "2027-01-03"),
                school(3, "Noël – Hiver", "2027-01-04", "2027-02-12"),
                holiday("hiver", "Vacances d'hiver", "2027-02-13", "2027-02-28"),
                school(4, "Hiver – Printemps", "2027-03-01", "2027-04-09"),
                holiday("printemps", "Vacances de printemps", "2027-04-10", "2027-04-25"),
                school(5, "Printemps – Ascension", "2027-04-26", "2027-05-05"),
                holiday("ascension", "Pont de l'Ascension", "2027-05-06", "2027-05-09"),
                school(6, "Ascension – Été", "2027-05-10", "2027-07-02"),
                holiday("ete", "Vacances d'été", "2027-07-03", "2027-08-31"));
    }

    /**
     * Toussaint, Armistice, Noël, Jour de l'an, lundi de Pâques, fête du Travail, Ascension,
     * Victoire 1945, lundi de Pentecôte, fête nationale, Assomption.
     */
    static List<LocalDate> publicHolidays() {
        return Stream.of("2026-11-01", "2026-11-11", "2026-12-25", "2027-01-01", "2027-03-29", "2027-05-01",
                "2027-05-06", "2027-05-08", "2027-05-17", "2027-07-14", "2027-08-15").map(LocalDate::parse).toList();
    }

    static OpeningHours openingHours() {
        List<TimeRange> day = List.of(range("08:30", "12:00"), range("13:30", "17:00"));
        return OpeningHours.ofTownHall("Mairie de Carcans — service Enfance Jeunesse", Stream.of(DayOfWeek.MONDAY,
                        DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                        .map(weekday -> new OpeningDay(weekday, day)).toList(),
                "Les demandes d'inscription sont traitées par le service Enfance Jeunesse aux heures d'ouverture "
                        + "de la mairie.");
    }

    private static TimeRange range(String from, String to) {
        return new TimeRange(LocalTime.parse(from), LocalTime.parse(to));
    }

    private static CalendarPeriod school(int number, String label, String start, String end) {
        return new CalendarPeriod(SEASON_ID + "-ecole-" + number, SCHOOL, "Période scolaire " + number + " : " + label,
                LocalDate.parse(start), LocalDate.parse(end));
    }

    private static CalendarPeriod holiday(String id, String label, String start, String end) {
        return new CalendarPeriod(SEASON_ID + "-" + id, HOLIDAY, label, LocalDate.parse(start), LocalDate.parse(end));
    }
}
