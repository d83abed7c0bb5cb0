package fr.portailfamilles.reservation.capacity;

import fr.portailfamilles.reservation.booking.Slots;
import fr.portailfamilles.reservation.booking.domain.Holder;
import fr.portailfamilles.reservation.booking.domain.Slot;
import fr.portailfamilles.reservation.calendar.domain.ActivitySchedule;
import fr.portailfamilles.reservation.calendar.domain.DayStatus;
import fr.portailfamilles.reservation.calendar.domain.Period;
import fr.portailfamilles.reservation.calendar.domain.Unit;
import fr.portailfamilles.reservation.grid.RegistrationDocument;
import fr.portailfamilles.reservation.grid.Registrations;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Staff's view of an activity's month: each day's fill and waitlist per unit. */
@Component
class SlotBoard {

    private final Slots slots;
    private final Capacities capacities;
    private final Registrations registrations;

    SlotBoard(Slots slots, Capacities capacities, Registrations registrations) {
        this.slots = slots;
        this.capacities = capacities;
        this.registrations = registrations;
    }

    record DayFill(String date, String status, String label, List<UnitFill> units) {
    }

    /** @param inDraw requests of an opening window waiting for its fair draw */
    record UnitFill(String unit, String label, int capacity, int confirmed, int waitlisted, String closedReason,
            List<Child> waitlist, int inDraw) {
    }

    /** @param since when the slot took the request: the waitlist's order is the order of these */
    record Child(int position, String registrationId, String childFirstName, java.time.Instant since) {
    }

    List<DayFill> month(ActivitySchedule schedule, YearMonth month) {
        Map<String, Slot> open = slots.ofActivity(schedule.activityId(), month.atDay(1), month.atEndOfMonth())
                .stream().collect(Collectors.toMap(slot -> slot.key().value(), Function.identity()));
        Map<String, String> names = names(open.values());
        List<DayFill> days = new ArrayList<>();
        for (LocalDate date = month.atDay(1); !date.isAfter(month.atEndOfMonth()); date = date.plusDays(1)) {
            DayStatus status = schedule.statusOf(date);
            if (status == DayStatus.NOT_SCHEDULED) {
                continue;
            }
            List<UnitFill> units = new ArrayList<>();
            for (Unit unit : schedule.units()) {
                Slot slot = open.get(schedule.activityId() + "|" + date + "|" + unit.code());
                units.add(slot == null ? new UnitFill(unit.code(), unit.label(), capacityOf(schedule, date, unit),
                        0, 0, null, List.of(), 0) : fill(slot, unit, names));
            }
            days.add(new DayFill(date.toString(), status.name(), schedule.closureReason(date).orElse(status.label()),
                    units));
        }
        return days;
    }

    private int capacityOf(ActivitySchedule schedule, LocalDate date, Unit unit) {
        String period = schedule.periodOf(date).map(Period::id).orElse(Capacities.ALL_PERIODS);
        return capacities.capacityFor(schedule, schedule.activityId(), unit.code(), period);
    }

    private static UnitFill fill(Slot slot, Unit unit, Map<String, String> names) {
        List<Child> waitlist = new ArrayList<>();
        List<Holder> waiting = slot.waitlist().holders();
        for (int i = 0; i < waiting.size(); i++) {
            String id = waiting.get(i).registrationId();
            waitlist.add(new Child(i + 1, id, names.getOrDefault(id, "?"), waiting.get(i).since()));
        }
        return new UnitFill(unit.code(), unit.label(), slot.capacity(), slot.confirmed().size(), waiting.size(),
                slot.closedReason(), waitlist, slot.drawPool().size());
    }

    private Map<String, String> names(java.util.Collection<Slot> open) {
        List<String> ids = open.stream().flatMap(slot -> slot.waitlist().holders().stream())
                .map(Holder::registrationId).distinct().toList();
        Map<String, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            for (RegistrationDocument registration : registrations.findAll(ids)) {
                names.put(registration.id(), registration.childFirstName());
            }
        }
        return names;
    }
}
