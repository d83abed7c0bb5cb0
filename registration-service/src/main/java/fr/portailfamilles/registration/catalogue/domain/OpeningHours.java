package fr.portailfamilles.registration.catalogue.domain;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * When the town hall is open, which is when staff process registration requests: parents and
 * staff see it next to the requests, with the next opening when it is closed.
 */
@Document(OpeningHours.COLLECTION)
public class OpeningHours {

    public static final String COLLECTION = "opening_hours";
    public static final String TOWN_HALL = "mairie";
    private static final int WEEK_AND_A_DAY = 8;

    @Id
    private String id;
    private String place;
    private List<OpeningDay> days;
    private String note;
    @Version
    private Long version;

    @PersistenceCreator
    OpeningHours() {
    }

    public static OpeningHours ofTownHall(String place, List<OpeningDay> days, String note) {
        OpeningHours hours = new OpeningHours();
        hours.id = TOWN_HALL;
        hours.change(place, days, note);
        return hours;
    }

    public void change(String place, List<OpeningDay> days, String note) {
        this.place = Rules.text(place, 120, "horaires-invalides", "Le lieu");
        Set<DayOfWeek> seen = new HashSet<>();
        for (OpeningDay day : days == null ? List.<OpeningDay>of() : days) {
            if (!seen.add(day.day())) {
                throw DomainProblem.invalid("horaires-invalides", "Le jour " + day.day() + " est en double.");
            }
        }
        this.days = (days == null ? List.<OpeningDay>of() : days).stream()
                .filter(day -> !day.ranges().isEmpty())
                .sorted(Comparator.comparing(OpeningDay::day)).toList();
        this.note = note == null || note.isBlank() ? "" : Rules.text(note, 500, "horaires-invalides", "La note");
    }

    public boolean isOpenAt(LocalDateTime moment) {
        return rangesOn(moment.getDayOfWeek()).stream().anyMatch(range -> range.contains(moment.toLocalTime()));
    }

    /** The next time the town hall opens after {@code moment}, or empty if it never opens. */
    public Optional<LocalDateTime> nextOpeningAfter(LocalDateTime moment) {
        for (int offset = 0; offset < WEEK_AND_A_DAY; offset++) {
            LocalDateTime day = moment.toLocalDate().plusDays(offset).atStartOfDay();
            Optional<LocalDateTime> opening = rangesOn(day.getDayOfWeek()).stream()
                    .map(range -> day.with(range.from()))
                    .filter(start -> start.isAfter(moment))
                    .findFirst();
            if (opening.isPresent()) {
                return opening;
            }
        }
        return Optional.empty();
    }

    private List<TimeRange> rangesOn(DayOfWeek day) {
        return days.stream().filter(opening -> opening.day() == day).findFirst()
                .map(OpeningDay::ranges).orElse(List.of());
    }

    public String place() {
        return place;
    }

    public List<OpeningDay> days() {
        return days;
    }

    public String note() {
        return note;
    }
}
