package fr.portailfamilles.reservation.capacity;

import fr.portailfamilles.platform.outbox.OutboxRelay;
import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.reservation.booking.ReservationEvents;
import fr.portailfamilles.reservation.booking.Slots;
import fr.portailfamilles.reservation.booking.domain.SlotDecision;
import fr.portailfamilles.reservation.booking.domain.SlotKey;
import fr.portailfamilles.reservation.calendar.ActivityDaysClosed;
import fr.portailfamilles.reservation.calendar.ActivitySchedules;
import fr.portailfamilles.reservation.calendar.domain.ActivitySchedule;
import fr.portailfamilles.reservation.calendar.domain.Unit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Staff close a day of an activity (strike, works, weather), or the catalogue closes one: the
 * calendar refuses new requests for it, and every place and wait of its slots is cancelled,
 * each family being told by a {@code cancelled} event with reason {@code DAY_CLOSED}.
 */
@Service
class ClosingDay {

    private final StaffActivities activities;
    private final ActivitySchedules schedules;
    private final Slots slots;
    private final ReservationEvents events;
    private final OutboxRelay relay;
    private final Clock clock;

    ClosingDay(StaffActivities activities, ActivitySchedules schedules, Slots slots, ReservationEvents events,
            OutboxRelay relay, Clock clock) {
        this.activities = activities;
        this.schedules = schedules;
        this.slots = slots;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    record Closed(String activityId, String date, String reason, int cancelled) {
    }

    Closed close(String activityId, String date, String reason) {
        ActivitySchedule schedule = activities.activity(activityId);
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (RuntimeException invalid) {
            throw DomainProblem.invalid("date-invalide",
                    "La date « %s » n’est pas valide (format attendu : AAAA-MM-JJ).".formatted(date));
        }
        if (schedule.periodOf(day).isEmpty()) {
            throw DomainProblem.unprocessable("hors-saison", "L’activité ne fonctionne pas à cette date.");
        }
        String why = reason == null || reason.isBlank() ? "Fermeture exceptionnelle" : reason.strip();
        // the calendar first, so that no new request for the day is accepted while its slots close
        schedules.close(activityId, day, why);
        return new Closed(activityId, day.toString(), why, closeSlots(schedule, day, why));
    }

    /** The catalogue closed days it offered: the families holding them are told like for a staff closure. */
    @EventListener
    void on(ActivityDaysClosed closed) {
        schedules.find(closed.activityId()).ifPresent(schedule -> closed.days().stream()
                .filter(day -> !day.isBefore(LocalDate.now(clock)))
                .forEach(day -> closeSlots(schedule, day, closed.reason())));
    }

    private int closeSlots(ActivitySchedule schedule, LocalDate day, String why) {
        Instant at = clock.instant();
        int cancelled = 0;
        for (Unit unit : schedule.units()) {
            SlotKey key = new SlotKey(schedule.activityId(), day, unit.code());
            List<SlotDecision> decisions = slots.change(key, null, slot -> slot.close(why),
                    ds -> ds.stream().map(d -> events.decided(key, d, at)).toList()).orElse(List.of());
            cancelled += decisions.size();
        }
        relay.wake();
        return cancelled;
    }
}
