package fr.portailfamilles.reservation.capacity;

import fr.portailfamilles.reservation.ReservationProperties;
import fr.portailfamilles.reservation.booking.SlotCapacity;
import fr.portailfamilles.reservation.booking.domain.SlotKey;
import fr.portailfamilles.reservation.calendar.ActivitySchedules;
import fr.portailfamilles.reservation.calendar.domain.ActivitySchedule;
import fr.portailfamilles.reservation.calendar.domain.Period;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Capacity per activity × unit × period: what staff set (for one period, or for every period
 * with {@code periodId} {@value #ALL_PERIODS}), else the town's default for that kind of activity.
 */
@Component
public class Capacities implements SlotCapacity {

    public static final String ALL_PERIODS = "*";

    private final MongoTemplate mongo;
    private final ActivitySchedules schedules;
    private final ReservationProperties.DefaultCapacities defaults;

    Capacities(MongoTemplate mongo, ActivitySchedules schedules, ReservationProperties properties) {
        this.mongo = mongo;
        this.schedules = schedules;
        this.defaults = properties.capacity();
    }

    @Override
    public int initialCapacity(SlotKey key) {
        Optional<ActivitySchedule> schedule = schedules.find(key.activityId());
        String periodId = schedule.flatMap(s -> s.periodOf(key.date())).map(Period::id).orElse(ALL_PERIODS);
        return capacityFor(schedule.orElse(null), key.activityId(), key.unit(), periodId);
    }

    public int capacityFor(ActivitySchedule schedule, String activityId, String unit, String periodId) {
        return set(activityId, unit, periodId).or(() -> set(activityId, unit, ALL_PERIODS))
                .map(CapacitySetting::capacity)
                .orElseGet(() -> defaultFor(schedule, unit));
    }

    void save(String activityId, String unit, String periodId, int capacity, String changedBy, Instant at) {
        mongo.save(new CapacitySetting(id(activityId, unit, periodId), activityId, unit, periodId, capacity, changedBy,
                at));
    }

    List<CapacitySetting> setFor(String activityId) {
        return mongo.find(Query.query(Criteria.where("activityId").is(activityId)), CapacitySetting.class);
    }

    int defaultFor(ActivitySchedule schedule, String unit) {
        if (schedule == null) {
            return defaults.fallback();
        }
        String described = (schedule.kind() + " " + schedule.name()).toLowerCase(Locale.ROOT);
        return defaults.rules().stream()
                .filter(rule -> rule.match() != null && described.contains(rule.match().toLowerCase(Locale.ROOT)))
                .filter(rule -> rule.unit() == null || rule.unit().isBlank() || rule.unit().equals(unit))
                .map(ReservationProperties.Rule::capacity)
                .findFirst()
                .orElse(defaults.fallback());
    }

    private Optional<CapacitySetting> set(String activityId, String unit, String periodId) {
        return Optional.ofNullable(mongo.findById(id(activityId, unit, periodId), CapacitySetting.class));
    }

    private static String id(String activityId, String unit, String periodId) {
        return activityId + "|" + unit + "|" + periodId;
    }

    @Document("capacities")
    record CapacitySetting(@Id String id, String activityId, String unit, String periodId, int capacity,
            String changedBy, Instant changedAt) {
    }
}
