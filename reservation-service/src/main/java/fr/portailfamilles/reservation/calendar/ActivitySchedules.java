package fr.portailfamilles.reservation.calendar;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import fr.portailfamilles.platform.messaging.AppliedEvents;
import fr.portailfamilles.reservation.calendar.domain.ActivitySchedule;
import fr.portailfamilles.reservation.calendar.domain.ChangeDeadline;
import fr.portailfamilles.reservation.calendar.domain.Period;
import fr.portailfamilles.reservation.calendar.domain.Unit;
import fr.portailfamilles.reservation.calendar.domain.UnitRow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The activity calendars this service knows, read as domain schedules. Every grid and every
 * request reads its activity's calendar: each is kept a second after it is read (dropped at once
 * when this instance changes it), so that the families of one activity share one read a second on
 * opening morning; a change made through another instance shows here within that second.
 */
@Component
public class ActivitySchedules {

    static final Duration KEPT_FOR = Duration.ofSeconds(1);

    private final MongoTemplate mongo;
    private final AppliedEvents appliedEvents;
    private final LoadingCache<String, Optional<ActivitySchedule>> recent;

    @Autowired
    ActivitySchedules(MongoTemplate mongo, AppliedEvents appliedEvents) {
        this(mongo, appliedEvents, Ticker.systemTicker());
    }

    ActivitySchedules(MongoTemplate mongo, AppliedEvents appliedEvents, Ticker ticker) {
        this.mongo = mongo;
        this.appliedEvents = appliedEvents;
        this.recent = Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(KEPT_FOR).ticker(ticker)
                .build(this::read);
    }

    public Optional<ActivitySchedule> find(String activityId) {
        return recent.get(activityId);
    }

    private Optional<ActivitySchedule> read(String activityId) {
        return Optional.ofNullable(mongo.findById(activityId, ActivityDocument.class)).map(ActivitySchedules::toSchedule);
    }

    public List<ActivitySchedule> all() {
        return mongo.findAll(ActivityDocument.class).stream().map(ActivitySchedules::toSchedule).toList();
    }

    /**
     * Learns a published version of an activity, once per event; an older version never replaces
     * a newer one.
     *
     * @return the days this version closes that the previous one offered, or empty if nothing was learned
     */
    Optional<List<LocalDate>> learn(String eventId, ActivityPublished activity) {
        Update update = new Update().set("name", activity.name()).set("kind", activity.kind())
                .set("seasonId", activity.season() == null ? null : activity.season().id())
                .set("periods", activity.periods()).set("weekdays", activity.weekdays()).set("units", activity.units())
                .set("closedDays", activity.closedDays() == null ? List.of() : activity.closedDays())
                .set("deadline", activity.deadline()).set("publishedAt", activity.publishedAt());
        ActivityDocument known = mongo.findById(activity.activityId(), ActivityDocument.class);
        if (known != null && known.publishedAt() != null && activity.publishedAt() != null
                && known.publishedAt().isAfter(activity.publishedAt())) {
            return Optional.empty();
        }
        if (!appliedEvents.applyOnce(ActivityDocument.COLLECTION, activity.activityId(), eventId, update, true)) {
            return Optional.empty();
        }
        recent.invalidate(activity.activityId());
        List<String> before = known == null || known.closedDays() == null ? List.of() : known.closedDays();
        return Optional.of(activity.closedDays() == null ? List.of() : activity.closedDays().stream()
                .filter(day -> known != null && !before.contains(day)).map(LocalDate::parse).toList());
    }

    /** Staff close a day: new requests are refused and the grid shows it closed. */
    public void close(String activityId, LocalDate date, String reason) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(activityId)),
                new Update().set("staffClosures." + date, reason), ActivityDocument.class);
        recent.invalidate(activityId);
    }

    static ActivitySchedule toSchedule(ActivityDocument doc) {
        Map<LocalDate, String> closures = new HashMap<>();
        if (doc.closedDays() != null) {
            doc.closedDays().forEach(day -> closures.put(LocalDate.parse(day), "Fermeture de la structure"));
        }
        if (doc.staffClosures() != null) {
            doc.staffClosures().forEach((day, reason) -> closures.put(LocalDate.parse(day), reason));
        }
        List<Period> periods = doc.periods() == null ? List.of() : doc.periods().stream()
                .map(p -> new Period(p.id(), Period.Kind.valueOf(p.kind()), p.label(), LocalDate.parse(p.start()),
                        LocalDate.parse(p.end()), weekdays(p.weekdays())))
                .toList();
        List<Unit> units = doc.units() == null ? List.of() : doc.units().stream()
                .map(u -> new Unit(u.code(), UnitRow.valueOf(u.row()), u.label())).toList();
        return new ActivitySchedule(doc.id(), doc.name(), doc.kind(), periods,
                weekdays(doc.weekdays()),
                units, closures, deadline(doc.deadline()));
    }

    private static Set<DayOfWeek> weekdays(List<String> days) {
        return days == null ? Set.of() : days.stream().map(DayOfWeek::valueOf).collect(Collectors.toSet());
    }

    static ChangeDeadline deadline(ActivityPublished.DeadlineJson json) {
        if (json == null) {
            return new ChangeDeadline.WorkingDaysBefore(0, LocalTime.of(0, 0));
        }
        LocalTime time = json.time() == null ? LocalTime.of(23, 59) : LocalTime.parse(json.time());
        return "WEDNESDAY_BEFORE_WEEK".equals(json.kind()) ? new ChangeDeadline.WednesdayBeforeWeek(time)
                : new ChangeDeadline.WorkingDaysBefore(json.days() == null ? 0 : json.days(), time);
    }
}
