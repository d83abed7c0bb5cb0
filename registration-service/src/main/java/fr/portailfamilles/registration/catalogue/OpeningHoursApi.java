package fr.portailfamilles.registration.catalogue;

import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.platform.security.CurrentUser;
import fr.portailfamilles.registration.catalogue.domain.OpeningDay;
import fr.portailfamilles.registration.catalogue.domain.OpeningHours;
import fr.portailfamilles.registration.catalogue.domain.TimeRange;
import fr.portailfamilles.registration.support.TownTime;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The town hall's opening hours, when staff process registration requests: shown on the parents'
 * and the staff's pages, with whether it is open now and when it next opens.
 */
@RestController
@RequestMapping("/api/registrations/opening-hours")
class OpeningHoursApi {

    private static final DateTimeFormatter NEXT_OPENING = DateTimeFormatter.ofPattern("EEEE d MMMM 'à' H'h'mm",
            Locale.FRANCE);

    private final TownHall townHall;
    private final ManagingCatalogue catalogue;
    private final TownTime time;

    OpeningHoursApi(TownHall townHall, ManagingCatalogue catalogue, TownTime time) {
        this.townHall = townHall;
        this.catalogue = catalogue;
        this.time = time;
    }

    @GetMapping
    OpeningHoursView show() {
        return townHall.openingHours().map(hours -> OpeningHoursView.of(hours, time.localNow()))
                .orElseGet(OpeningHoursView::unknown);
    }

    @PutMapping
    OpeningHoursView change(@RequestBody OpeningHoursForm form, CurrentUser user) {
        user.requireStaff();
        List<OpeningDay> days = form.days() == null ? List.of() : form.days().stream()
                .map(day -> new OpeningDay(day.day(), day.ranges() == null ? List.of()
                        : day.ranges().stream().map(OpeningHoursApi::range).toList()))
                .toList();
        return OpeningHoursView.of(catalogue.changeOpeningHours(form.place(), days, form.note()), time.localNow());
    }

    private static TimeRange range(RangeForm range) {
        try {
            return new TimeRange(LocalTime.parse(range.from()), LocalTime.parse(range.to()));
        } catch (DateTimeParseException | NullPointerException notATime) {
            throw DomainProblem.invalid("horaires-invalides",
                    "Chaque plage horaire doit être de la forme 08:30 à 12:00.");
        }
    }

    record OpeningHoursForm(String place, List<DayForm> days, String note) {
    }

    record DayForm(DayOfWeek day, List<RangeForm> ranges) {
    }

    /** {@code HH:mm}. */
    record RangeForm(String from, String to) {
    }

    record OpeningHoursView(String place, String note, List<DayView> days, boolean openNow, LocalDateTime nextOpening,
            String nextOpeningLabel) {

        static OpeningHoursView of(OpeningHours hours, LocalDateTime now) {
            LocalDateTime next = hours.nextOpeningAfter(now).orElse(null);
            return new OpeningHoursView(hours.place(), hours.note(), hours.days().stream().map(DayView::of).toList(),
                    hours.isOpenAt(now), next, next == null ? null : next.format(NEXT_OPENING));
        }

        static OpeningHoursView unknown() {
            return new OpeningHoursView("Mairie", "Les horaires d'ouverture ne sont pas encore renseignés.", List.of(),
                    false, null, null);
        }
    }

    record DayView(DayOfWeek day, String dayLabel, List<RangeForm> ranges, String label) {

        static DayView of(OpeningDay day) {
            String name = day.day().getDisplayName(TextStyle.FULL, Locale.FRANCE);
            return new DayView(day.day(), Character.toUpperCase(name.charAt(0)) + name.substring(1),
                    day.ranges().stream().map(r -> new RangeForm(r.from().toString(), r.to().toString())).toList(),
                    day.ranges().stream().map(TimeRange::label).collect(Collectors.joining(", ")));
        }
    }
}
