package fr.portailfamilles.reservation.calendar;

import fr.portailfamilles.reservation.calendar.domain.OpeningWindow;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The openings staff set per activity and period (optional): when reservations open, how long the fair draw lasts. */
@Component
public class Openings {

    private final MongoTemplate mongo;

    Openings(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The activity's openings by period id. */
    public Map<String, OpeningWindow> of(String activityId) {
        return mongo.find(Query.query(Criteria.where("activityId").is(activityId)), OpeningDocument.class).stream()
                .collect(Collectors.toMap(OpeningDocument::periodId, o -> new OpeningWindow(o.periodId(),
                        LocalDateTime.parse(o.opensAt()), Duration.ofSeconds(o.drawSeconds()))));
    }

    public void save(String activityId, OpeningWindow window) {
        mongo.save(new OpeningDocument(activityId + "|" + window.periodId(), activityId, window.periodId(),
                window.opensAt().toString(), window.drawWindow().toSeconds()));
    }

    @Document("openings")
    record OpeningDocument(@Id String id, String activityId, String periodId, String opensAt, long drawSeconds) {
    }
}
