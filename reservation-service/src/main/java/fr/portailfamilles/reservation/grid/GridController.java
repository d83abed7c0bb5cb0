package fr.portailfamilles.reservation.grid;

import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.platform.security.CurrentUser;
import fr.portailfamilles.reservation.ReservationProperties;
import fr.portailfamilles.reservation.booking.RequestingReservations;
import fr.portailfamilles.reservation.booking.WaitlistPlaces;
import fr.portailfamilles.reservation.booking.domain.SlotKey;
import fr.portailfamilles.reservation.calendar.ActivitySchedules;
import fr.portailfamilles.reservation.calendar.Openings;
import fr.portailfamilles.reservation.calendar.domain.ActivitySchedule;
import fr.portailfamilles.reservation.calendar.domain.CellRef;
import fr.portailfamilles.reservation.grid.domain.Booking;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** « Mes réservations »: a family's registrations, the month grid of one, and its live stream of decisions. */
@RestController
class GridController {

    private final RequestingReservations requesting;
    private final Registrations registrations;
    private final ActivitySchedules schedules;
    private final WaitlistPlaces waitlistPlaces;
    private final GridPush push;
    private final Clock clock;
    private final ReservationProperties properties;
    private final Openings openings;

    GridController(RequestingReservations requesting, Registrations registrations, ActivitySchedules schedules,
            WaitlistPlaces waitlistPlaces, GridPush push, Clock clock, ReservationProperties properties, Openings openings) {
        this.openings = openings;
        this.requesting = requesting;
        this.registrations = registrations;
        this.schedules = schedules;
        this.waitlistPlaces = waitlistPlaces;
        this.push = push;
        this.clock = clock;
        this.properties = properties;
    }

    record RegistrationSummary(String registrationId, String childId, String childFirstName, String activityId,
            String activityName, String startDate, String endDate, String status) {
    }

    /** A parent's own registrations; staff name the family. */
    @GetMapping("/api/reservations/registrations")
    List<RegistrationSummary> registrations(CurrentUser user, @RequestParam(required = false) String familyId) {
        String family = user.isStaff() && familyId != null ? familyId : user.requireOwnFamily();
        return registrations.ofFamily(family).stream()
                .sorted(Comparator.comparing(RegistrationDocument::childFirstName,
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(RegistrationDocument::startDate))
                .map(r -> new RegistrationSummary(r.id(), r.childId(), r.childFirstName(), r.activityId(),
                        r.activityName(), r.startDate(), r.endDate(), r.status()))
                .toList();
    }

    @GetMapping("/api/reservations/registrations/{registrationId}/grid")
    MonthGrid grid(@PathVariable String registrationId, @RequestParam(required = false) String month,
            CurrentUser user) {
        RegistrationDocument registration = requesting.visibleGrid(registrationId, user);
        ActivitySchedule schedule = schedules.find(registration.activityId())
                .orElseThrow(() -> DomainProblem.conflict("calendrier-indisponible",
                        "Le calendrier de cette activité n’est pas encore disponible. Réessayez dans quelques instants."));
        LocalDateTime now = LocalDateTime.now(clock.withZone(properties.zone()));
        YearMonth shown = monthOf(month, registration, now);
        return MonthGrid.of(registration, schedule, shown, now, livePositions(registration, shown),
                openings.of(registration.activityId()));
    }

    @GetMapping(path = "/api/reservations/registrations/{registrationId}/events",
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable String registrationId, CurrentUser user) {
        return push.open(requesting.visibleRegistrationId(registrationId, user));
    }

    /** The live places of the registration's waiting cells of {@code month}, by cell key. */
    private Map<String, Integer> livePositions(RegistrationDocument registration, YearMonth month) {
        List<SlotKey> waiting = registration.cells().entrySet().stream()
                .filter(entry -> entry.getValue().booking() == Booking.WAITLISTED)
                .map(entry -> CellRef.parse(entry.getKey()))
                .filter(cell -> YearMonth.from(cell.date()).equals(month))
                .map(cell -> new SlotKey(registration.activityId(), cell.date(), cell.unit()))
                .toList();
        Map<String, Integer> positions = new HashMap<>();
        if (!waiting.isEmpty()) {
            waitlistPlaces.of(registration.id(), waiting).forEach((slot, position) ->
                    positions.put(new CellRef(slot.date(), slot.unit()).key(), position));
        }
        return positions;
    }

    private static YearMonth monthOf(String month, RegistrationDocument registration, LocalDateTime now) {
        if (month == null || month.isBlank()) {
            YearMonth current = YearMonth.from(now);
            YearMonth first = YearMonth.from(registration.start());
            YearMonth last = YearMonth.from(registration.end());
            return current.isBefore(first) ? first : current.isAfter(last) ? last : current;
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException invalid) {
            throw DomainProblem.invalid("mois-invalide",
                    "Le mois « %s » n’est pas valide (format attendu : AAAA-MM).".formatted(month));
        }
    }
}
