package fr.portailfamilles.reservation.capacity;

import fr.portailfamilles.platform.outbox.OutboxRelay;
import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.reservation.booking.ReservationEvents;
import fr.portailfamilles.reservation.booking.Slots;
import fr.portailfamilles.reservation.booking.domain.Outcome;
import fr.portailfamilles.reservation.booking.domain.Slot;
import fr.portailfamilles.reservation.booking.domain.SlotDecision;
import fr.portailfamilles.reservation.calendar.domain.ActivitySchedule;
import fr.portailfamilles.reservation.calendar.domain.Period;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Staff change the capacity of a unit, for one period or for all: the slots already open take
 * it at once, and an increase promotes the heads of their waitlists.
 */
@Service
class ChangingCapacity {

    static final int MAX_CAPACITY = 1000;

    private final StaffActivities activities;
    private final Capacities capacities;
    private final Slots slots;
    private final ReservationEvents events;
    private final OutboxRelay relay;
    private final Clock clock;

    ChangingCapacity(StaffActivities activities, Capacities capacities, Slots slots, ReservationEvents events,
            OutboxRelay relay, Clock clock) {
        this.activities = activities;
        this.capacities = capacities;
        this.slots = slots;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    record Changed(String activityId, String unit, String periodId, int capacity, int slotsUpdated, int promoted) {
    }

    Changed change(String activityId, String unit, String periodId, Integer capacity, String agent) {
        ActivitySchedule schedule = activities.activity(activityId);
        activities.unit(schedule, unit);
        if (capacity == null || capacity < 0 || capacity > MAX_CAPACITY) {
            throw DomainProblem.invalid("capacite-invalide",
                    "La capacité doit être un nombre de places entre 0 et %d.".formatted(MAX_CAPACITY));
        }
        String period = periodId == null || periodId.isBlank() ? Capacities.ALL_PERIODS : periodId;
        List<Period> scope = Capacities.ALL_PERIODS.equals(period) ? schedule.periods()
                : List.of(schedule.periods().stream().filter(p -> p.id().equals(period)).findFirst()
                        .orElseThrow(() -> DomainProblem.invalid("periode-inconnue",
                                "La période « %s » n’existe pas pour cette activité.".formatted(period))));
        Instant at = clock.instant();
        capacities.save(activityId, unit, period, capacity, agent, at);
        int updated = 0;
        int promoted = 0;
        for (Period p : scope) {
            for (Slot slot : slots.ofActivity(activityId, p.start(), p.end())) {
                if (!slot.key().unit().equals(unit) || !takesThisSetting(schedule, slot.key().date(), unit, period)) {
                    continue;
                }
                List<SlotDecision> decisions = slots.change(slot.key(), null, s -> s.changeCapacity(capacity),
                        ds -> ds.stream().map(d -> events.decided(slot.key(), d, at)).toList()).orElse(List.of());
                updated++;
                promoted += (int) decisions.stream().filter(d -> d.outcome() == Outcome.PROMOTED).count();
            }
        }
        relay.wake();
        return new Changed(activityId, unit, period, capacity, updated, promoted);
    }

    /** A setting for all periods does not override the one staff made for the slot's own period. */
    private boolean takesThisSetting(ActivitySchedule schedule, LocalDate date, String unit, String period) {
        if (!Capacities.ALL_PERIODS.equals(period)) {
            return true;
        }
        String own = schedule.periodOf(date).map(Period::id).orElse(Capacities.ALL_PERIODS);
        return capacities.setFor(schedule.activityId()).stream()
                .noneMatch(setting -> setting.unit().equals(unit) && setting.periodId().equals(own));
    }
}
