package fr.portailfamilles.registration.catalogue;

import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.platform.security.CurrentUser;
import fr.portailfamilles.registration.catalogue.domain.CalendarPeriod;
import fr.portailfamilles.registration.catalogue.domain.PeriodKind;
import fr.portailfamilles.registration.catalogue.domain.SchoolCalendar;
import fr.portailfamilles.registration.catalogue.domain.Season;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The school calendars (one per season): read by everyone signed in, defined by staff. */
@RestController
@RequestMapping("/api/registrations/calendars")
class CalendarApi {

    private final SchoolCalendars calendars;
    private final ManagingCatalogue catalogue;

    CalendarApi(SchoolCalendars calendars, ManagingCatalogue catalogue) {
        this.calendars = calendars;
        this.catalogue = catalogue;
    }

    @GetMapping
    List<CalendarView> list() {
        return calendars.all().stream().map(CalendarView::of).toList();
    }

    @GetMapping("/{seasonId}")
    CalendarView one(@PathVariable String seasonId) {
        return calendars.find(seasonId).map(CalendarView::of).orElseThrow(() -> DomainProblem.notFound(
                "calendrier-introuvable", "Aucun calendrier scolaire n'est défini pour cette saison."));
    }

    @PutMapping("/{seasonId}")
    CalendarView define(@PathVariable String seasonId, @RequestBody CalendarForm form, CurrentUser user) {
        user.requireStaff();
        Season season = new Season(seasonId, form.label(), form.start(), form.end());
        List<CalendarPeriod> periods = form.periods() == null ? List.of() : form.periods().stream()
                .map(p -> new CalendarPeriod(p.id() == null || p.id().isBlank()
                        ? Slugs.of(p.label()) + (p.start() == null ? "" : "-" + p.start()) : p.id(),
                        p.kind(), p.label(), p.start(), p.end()))
                .toList();
        return CalendarView.of(catalogue.defineCalendar(season, form.zone(), periods,
                new TreeSet<>(form.publicHolidays() == null ? List.of() : form.publicHolidays())));
    }

    record CalendarForm(String label, String zone, LocalDate start, LocalDate end, List<PeriodForm> periods,
            List<LocalDate> publicHolidays) {
    }

    record PeriodForm(String id, PeriodKind kind, String label, LocalDate start, LocalDate end) {
    }

    record CalendarView(String seasonId, String label, String zone, LocalDate start, LocalDate end,
            List<PeriodView> periods, List<LocalDate> publicHolidays) {

        static CalendarView of(SchoolCalendar calendar) {
            return new CalendarView(calendar.id(), calendar.season().label(), calendar.zone(),
                    calendar.season().start(), calendar.season().end(),
                    calendar.periods().stream().map(PeriodView::of).toList(),
                    List.copyOf(calendar.publicHolidays()));
        }
    }

    record PeriodView(String id, String kind, String kindLabel, String label, LocalDate start, LocalDate end) {

        static PeriodView of(CalendarPeriod period) {
            return new PeriodView(period.id(), period.kind().name(), period.kind().label(), period.label(),
                    period.start(), period.end());
        }
    }
}
