package fr.portailfamilles.reservation.capacity;

import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.platform.security.CurrentUser;
import fr.portailfamilles.reservation.calendar.ActivitySchedules;
import fr.portailfamilles.reservation.calendar.Openings;
import fr.portailfamilles.reservation.calendar.domain.ActivitySchedule;
import fr.portailfamilles.reservation.calendar.domain.OpeningWindow;
import fr.portailfamilles.reservation.calendar.domain.Period;
import fr.portailfamilles.reservation.calendar.domain.Unit;
import fr.portailfamilles.reservation.grid.Registrations;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** « Réservations et pointage » for staff: activities, each day's fill and waitlists, capacities, closures, openings. */
@RestController
@RequestMapping("/api/reservations/admin/activities")
class StaffController {

    private final ActivitySchedules schedules;
    private final StaffActivities activities;
    private final SlotBoard board;
    private final Capacities capacities;
    private final ChangingCapacity changingCapacity;
    private final ClosingDay closingDay;
    private final Registrations registrations;
    private final Openings openings;

    StaffController(ActivitySchedules schedules, StaffActivities activities, SlotBoard board, Capacities capacities,
            ChangingCapacity changingCapacity, ClosingDay closingDay, Registrations registrations, Openings openings) {
        this.openings = openings;
        this.schedules = schedules;
        this.activities = activities;
        this.board = board;
        this.capacities = capacities;
        this.changingCapacity = changingCapacity;
        this.closingDay = closingDay;
        this.registrations = registrations;
    }

    record ActivitySummary(String activityId, String name, String kind, List<Unit> units, List<Period> periods) {
    }

    record CapacityLine(String unit, String unitLabel, String periodId, String periodLabel, int capacity) {
    }

    record CapacityChange(String unit, String periodId, Integer capacity) {
    }

    record Closure(String date, String reason) {
    }

    record Registered(String registrationId, String childFirstName, String familyId, String status) {
    }

    /** {@code opensAt} in the town's time ({@code 2027-01-04T08:30}); the draw lasts {@code drawMinutes} (or {@code drawSeconds}). */
    record Opening(String periodId, String opensAt, Integer drawMinutes, Integer drawSeconds) {
    }

    @GetMapping
    List<ActivitySummary> activities(CurrentUser user) {
        user.requireStaff();
        return schedules.all().stream().sorted(Comparator.comparing(ActivitySchedule::name,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .map(s -> new ActivitySummary(s.activityId(), s.name(), s.kind(), s.units(), s.periods())).toList();
    }

    @GetMapping("/{activityId}/slots")
    List<SlotBoard.DayFill> slots(@PathVariable String activityId, @RequestParam String month, CurrentUser user) {
        user.requireStaff();
        try {
            return board.month(activities.activity(activityId), YearMonth.parse(month));
        } catch (DateTimeParseException invalid) {
            throw DomainProblem.invalid("mois-invalide",
                    "Le mois « %s » n’est pas valide (format attendu : AAAA-MM).".formatted(month));
        }
    }

    @GetMapping("/{activityId}/capacities")
    List<CapacityLine> capacities(@PathVariable String activityId, CurrentUser user) {
        user.requireStaff();
        ActivitySchedule schedule = activities.activity(activityId);
        List<CapacityLine> lines = new ArrayList<>();
        for (Unit unit : schedule.units()) {
            for (Period period : schedule.periods()) {
                lines.add(new CapacityLine(unit.code(), unit.label(), period.id(), period.label(),
                        capacities.capacityFor(schedule, activityId, unit.code(), period.id())));
            }
        }
        return lines;
    }

    @PutMapping("/{activityId}/capacities")
    ChangingCapacity.Changed changeCapacity(@PathVariable String activityId, @RequestBody CapacityChange change,
            CurrentUser user) {
        user.requireStaff();
        return changingCapacity.change(activityId, change.unit(), change.periodId(), change.capacity(),
                user.accountId());
    }

    @PostMapping("/{activityId}/closures")
    ClosingDay.Closed close(@PathVariable String activityId, @RequestBody Closure closure, CurrentUser user) {
        user.requireStaff();
        return closingDay.close(activityId, closure.date(), closure.reason());
    }

    @GetMapping("/{activityId}/openings")
    List<Opening> openings(@PathVariable String activityId, CurrentUser user) {
        user.requireStaff();
        activities.activity(activityId);
        return openings.of(activityId).values().stream().map(w -> new Opening(w.periodId(), w.opensAt().toString(),
                (int) w.drawWindow().toMinutes(), (int) w.drawWindow().toSeconds())).toList();
    }

    /** A period's reservations open at a given time; requests of the first minutes are decided by a fair draw. */
    @PutMapping("/{activityId}/openings")
    Opening open(@PathVariable String activityId, @RequestBody Opening opening, CurrentUser user) {
        user.requireStaff();
        ActivitySchedule schedule = activities.activity(activityId);
        if (opening.periodId() == null || schedule.periods().stream().noneMatch(p -> p.id().equals(opening.periodId()))) {
            throw DomainProblem.invalid("periode-inconnue", "Cette période n’existe pas pour cette activité.");
        }
        LocalDateTime opensAt;
        try {
            opensAt = LocalDateTime.parse(opening.opensAt());
        } catch (RuntimeException invalid) {
            throw DomainProblem.invalid("date-invalide",
                    "L’heure d’ouverture « %s » n’est pas valide (format attendu : AAAA-MM-JJTHH:MM).".formatted(opening.opensAt()));
        }
        Duration draw = opening.drawSeconds() != null ? Duration.ofSeconds(opening.drawSeconds())
                : Duration.ofMinutes(opening.drawMinutes() == null ? 0 : opening.drawMinutes());
        if (draw.isNegative() || draw.compareTo(Duration.ofHours(24)) > 0) {
            throw DomainProblem.invalid("tirage-invalide", "La durée du tirage au sort va de 0 à 24 heures.");
        }
        openings.save(activityId, new OpeningWindow(opening.periodId(), opensAt, draw));
        return new Opening(opening.periodId(), opensAt.toString(), (int) draw.toMinutes(), (int) draw.toSeconds());
    }

    @GetMapping("/{activityId}/registrations")
    List<Registered> registered(@PathVariable String activityId, CurrentUser user) {
        user.requireStaff();
        activities.activity(activityId);
        return registrations.ofActivity(activityId).stream()
                .sorted(Comparator.comparing(r -> r.childFirstName() == null ? "" : r.childFirstName()))
                .map(r -> new Registered(r.id(), r.childFirstName(), r.familyId(), r.status())).toList();
    }
}
