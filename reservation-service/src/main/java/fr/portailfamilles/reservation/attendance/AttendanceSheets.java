package fr.portailfamilles.reservation.attendance;

import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.reservation.booking.SlotCapacity;
import fr.portailfamilles.reservation.booking.Slots;
import fr.portailfamilles.reservation.booking.domain.Holder;
import fr.portailfamilles.reservation.booking.domain.Slot;
import fr.portailfamilles.reservation.booking.domain.SlotKey;
import fr.portailfamilles.reservation.calendar.ActivitySchedules;
import fr.portailfamilles.reservation.calendar.domain.ActivitySchedule;
import fr.portailfamilles.reservation.calendar.domain.Unit;
import fr.portailfamilles.reservation.grid.RegistrationDocument;
import fr.portailfamilles.reservation.grid.Registrations;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The attendance sheet of one activity's day: per unit, the children expected (their confirmed
 * reservations) and those recorded without one, with what staff ticked and each child's care
 * flags (PAI, allergy, diet: yes or no, as the family service reported them; never the details).
 */
@Component
class AttendanceSheets {

    private final MongoTemplate mongo;
    private final ActivitySchedules schedules;
    private final Slots slots;
    private final Registrations registrations;
    private final CareFlags careFlags;
    private final SlotCapacity capacities;

    AttendanceSheets(MongoTemplate mongo, ActivitySchedules schedules, Slots slots, Registrations registrations,
            CareFlags careFlags, SlotCapacity capacities) {
        this.mongo = mongo;
        this.schedules = schedules;
        this.slots = slots;
        this.registrations = registrations;
        this.careFlags = careFlags;
        this.capacities = capacities;
    }

    record Sheet(String activityId, String activityName, String date, boolean offered, List<UnitSheet> units) {
    }

    record UnitSheet(String unit, String label, String row, int capacity, int expected, int waitlisted,
            List<Line> children) {
    }

    /** @param care the child's care flags, or null while the family service has not reported them */
    record Line(String registrationId, String childFirstName, String familyId, boolean expected, String status,
            boolean justified, String reason, boolean unexpected, Care care) {
    }

    /** Markers for the staff: « PAI », « Allergie », « Régime ». */
    record Care(boolean pai, boolean allergy, boolean diet) {
    }

    Sheet sheet(String activityId, String date) {
        ActivitySchedule schedule = schedules.find(activityId).orElseThrow(() -> DomainProblem.notFound(
                "activite-introuvable", "Cette activité est introuvable."));
        LocalDate day = dateOf(date);
        List<AttendanceDocument> marks = mongo.find(Query.query(Criteria.where("activityId").is(activityId)
                .and("date").is(day.toString())), AttendanceDocument.class);
        Map<String, Optional<Slot>> byUnit = new LinkedHashMap<>();
        schedule.units().forEach(unit -> byUnit.put(unit.code(), slots.find(new SlotKey(activityId, day, unit.code()))));
        Set<String> ids = new LinkedHashSet<>();
        byUnit.values().forEach(slot -> slot.ifPresent(s -> s.confirmed().forEach(h -> ids.add(h.registrationId()))));
        marks.forEach(mark -> ids.add(mark.registrationId()));
        Map<String, RegistrationDocument> children = ids.isEmpty() ? Map.of()
                : registrations.findAll(ids).stream().collect(Collectors.toMap(RegistrationDocument::id,
                        Function.identity()));
        Map<String, CareFlagsDocument> flags = careFlags.of(children.values().stream()
                .map(RegistrationDocument::childId).filter(Objects::nonNull).toList());
        List<UnitSheet> units = new ArrayList<>();
        for (Unit unit : schedule.units()) {
            Optional<Slot> slot = byUnit.get(unit.code());
            Map<String, AttendanceDocument> ticked = marks.stream().filter(m -> m.unit().equals(unit.code()))
                    .collect(Collectors.toMap(AttendanceDocument::registrationId, Function.identity(), (a, b) -> b));
            List<Line> lines = new ArrayList<>();
            List<Holder> expected = slot.map(Slot::confirmed).orElse(List.of());
            expected.forEach(holder -> lines.add(line(holder.registrationId(), true, ticked, children, flags)));
            ticked.keySet().stream().filter(id -> expected.stream().noneMatch(h -> h.registrationId().equals(id)))
                    .forEach(id -> lines.add(line(id, false, ticked, children, flags)));
            lines.sort(Comparator.comparing(Line::childFirstName, Comparator.nullsLast(Comparator.naturalOrder())));
            // a slot nobody asked for yet is not stored: its capacity is the one it will open with
            SlotKey key = new SlotKey(activityId, day, unit.code());
            units.add(new UnitSheet(unit.code(), unit.label(), unit.row().name(),
                    slot.map(Slot::capacity).orElseGet(() -> capacities.initialCapacity(key)), expected.size(),
                    slot.map(s -> s.waitlist().size()).orElse(0), lines));
        }
        return new Sheet(activityId, schedule.name(), day.toString(), schedule.offers(day), units);
    }

    private static Line line(String registrationId, boolean expected, Map<String, AttendanceDocument> ticked,
            Map<String, RegistrationDocument> children, Map<String, CareFlagsDocument> flags) {
        AttendanceDocument mark = ticked.get(registrationId);
        RegistrationDocument child = children.get(registrationId);
        CareFlagsDocument reported = child == null || child.childId() == null ? null : flags.get(child.childId());
        return new Line(registrationId, child == null ? null : child.childFirstName(),
                child == null ? null : child.familyId(), expected, mark == null ? null : mark.status(),
                mark != null && mark.justified(), mark == null ? null : mark.reason(), !expected && mark != null,
                reported == null ? null : new Care(reported.pai(), reported.allergy(), reported.diet()));
    }

    static LocalDate dateOf(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException | NullPointerException invalid) {
            throw DomainProblem.invalid("date-invalide",
                    "La date « %s » n’est pas valide (format attendu : AAAA-MM-JJ).".formatted(text));
        }
    }
}
