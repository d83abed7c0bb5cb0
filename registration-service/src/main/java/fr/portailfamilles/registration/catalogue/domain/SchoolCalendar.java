package fr.portailfamilles.registration.catalogue.domain;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The school year of the town's zone: its school and holiday periods and its public holidays.
 * Activities take their season from it and staff copy its periods into an activity's schedule.
 */
@Document(SchoolCalendar.COLLECTION)
public class SchoolCalendar {

    public static final String COLLECTION = "school_calendars";

    @Id
    private String id;
    private Season season;
    private String zone;
    private List<CalendarPeriod> periods;
    private SortedSet<LocalDate> publicHolidays;
    @Version
    private Long version;

    @PersistenceCreator
    SchoolCalendar() {
    }

    public static SchoolCalendar of(Season season, String zone, List<CalendarPeriod> periods,
            SortedSet<LocalDate> publicHolidays) {
        SchoolCalendar calendar = new SchoolCalendar();
        calendar.id = season.id();
        calendar.redefine(season, zone, periods, publicHolidays);
        return calendar;
    }

    public void redefine(Season season, String zone, List<CalendarPeriod> periods,
            SortedSet<LocalDate> publicHolidays) {
        if (!season.id().equals(id)) {
            throw DomainProblem.invalid("saison-invalide", "Le calendrier de la saison « " + id
                    + " » ne peut pas devenir celui d'une autre saison.");
        }
        List<CalendarPeriod> sorted = new ArrayList<>(periods == null ? List.of() : periods);
        sorted.sort(Comparator.comparing(CalendarPeriod::start));
        for (int i = 0; i < sorted.size(); i++) {
            CalendarPeriod period = sorted.get(i);
            if (!season.contains(period.start()) || !season.contains(period.end())) {
                throw DomainProblem.invalid("periode-hors-saison", "La période « " + period.label()
                        + " » sort de la saison « " + season.label() + " ».");
            }
            if (i > 0 && period.overlaps(sorted.get(i - 1))) {
                throw DomainProblem.invalid("periodes-chevauchantes", "Les périodes « " + sorted.get(i - 1).label()
                        + " » et « " + period.label() + " » se chevauchent.");
            }
        }
        this.season = season;
        this.zone = zone == null ? "" : zone.strip();
        this.periods = List.copyOf(sorted);
        this.publicHolidays = new TreeSet<>(publicHolidays == null ? new TreeSet<>() : publicHolidays);
    }

    public List<CalendarPeriod> periodsOf(PeriodKind kind) {
        return periods.stream().filter(period -> period.kind() == kind).toList();
    }

    /** The public holidays that fall within the season, the days every activity is closed. */
    public SortedSet<LocalDate> publicHolidaysInSeason() {
        TreeSet<LocalDate> inSeason = new TreeSet<>(publicHolidays);
        inSeason.removeIf(day -> !season.contains(day));
        return inSeason;
    }

    public WorkingDays workingDays() {
        return new WorkingDays(publicHolidays);
    }

    public String id() {
        return id;
    }

    public Season season() {
        return season;
    }

    public String zone() {
        return zone;
    }

    public List<CalendarPeriod> periods() {
        return periods;
    }

    public SortedSet<LocalDate> publicHolidays() {
        return new TreeSet<>(publicHolidays);
    }
}
