package fr.portailfamilles.reservation.calendar;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import fr.portailfamilles.reservation.calendar.domain.OpeningWindow;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The openings staff set per activity and period (optional): when reservations open, how long the
 * fair draw lasts. Read by every grid and every request: kept as {@link ActivitySchedules} keeps
 * the calendars (a second, dropped at once when set through this instance).
 */
@Component
public class Openings {

    private final MongoTemplate mongo;
    private final LoadingCache<String, Map<String, OpeningWindow>> recent;

    @Autowired
    Openings(MongoTemplate mongo) {
        this(mongo, Ticker.systemTicker());
    }

    Openings(MongoTemplate mongo, Ticker ticker) {
        this.mongo = mongo;
        this.recent = Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(ActivitySchedules.KEPT_FOR)
                .ticker(ticker).build(this::read);
    }

    /** The activity's openings by period id. */
    public Map<String, OpeningWindow> of(String activityId) {
        return recent.get(activityId);
    }

    private Map<String, OpeningWindow> read(String activityId) {
        return mongo.find(Query.query(Criteria.where("activityId").is(activityId)), OpeningDocument.class).stream()
                .collect(Collectors.toUnmodifiableMap(OpeningDocument::periodId, o -> new OpeningWindow(o.periodId(),
                        LocalDateTime.parse(o.opensAt()), Duration.ofSeconds(o.drawSeconds()))));
    }

    public void save(String activityId, OpeningWindow window) {
        mongo.save(new OpeningDocument(activityId + "|" + window.periodId(), activityId, window.periodId(),
                window.opensAt().toString(), window.drawWindow().toSeconds()));
        recent.invalidate(activityId);
    }

    @Document("openings")
    record OpeningDocument(@Id String id, String activityId, String periodId, String opensAt, long drawSeconds) {
    }
}
