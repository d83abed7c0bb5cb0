package fr.portailfamilles.family.dashboard;

import fr.portailfamilles.family.dashboard.domain.DashboardEntry;
import fr.portailfamilles.family.dashboard.domain.RequestUpdate;
import fr.portailfamilles.family.dashboard.domain.Transition;
import fr.portailfamilles.platform.messaging.AppliedEvents;
import fr.portailfamilles.platform.messaging.EventBatches.Received;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The dashboard entries. An event is recorded by one atomic update that adds its report and
 * remembers its id: a redelivery changes nothing, and no report ever overwrites another.
 */
@Repository
public class DashboardEntries {

    static final int SHOWN = 500;

    private final MongoTemplate mongo;
    private final AppliedEvents appliedEvents;

    DashboardEntries(MongoTemplate mongo, AppliedEvents appliedEvents) {
        this.mongo = mongo;
        this.appliedEvents = appliedEvents;
        mongo.indexOps(DashboardEntry.COLLECTION).createIndex(new Index("familyId", Sort.Direction.ASC));
    }

    /**
     * Records each event's report on its entry, in their order, each once (a report whose event
     * its entry holds already changes nothing), with one bulk write for them all.
     */
    public void record(List<Received<RequestUpdate>> updates) {
        appliedEvents.applyAllOnce(DashboardEntry.COLLECTION, updates.stream()
                .map(received -> new AppliedEvents.Change(received.value().entryId(), received.event().id(),
                        change(received.value())))
                .toList(), true);
    }

    private static Update change(RequestUpdate update) {
        Transition t = update.transition();
        Update change = new Update()
                .set("familyId", update.familyId())
                .set("kind", update.kind().name())
                .set("requestId", update.requestId())
                .min("firstSeenAt", Date.from(t.at()))
                .push("transitions", new Document("state", t.state().name()).append("at", Date.from(t.at()))
                        .append("reason", t.reason()).append("note", t.note()));
        setIfKnown(change, "childId", update.childId());
        setIfKnown(change, "childFirstName", update.childFirstName());
        setIfKnown(change, "activityId", update.activityId());
        setIfKnown(change, "activityName", update.activityName());
        setIfKnown(change, "requestedAt", update.requestedAt() == null ? null : Date.from(update.requestedAt()));
        return change;
    }

    public List<DashboardEntry> ofFamily(String familyId) {
        return mongo.find(Query.query(Criteria.where("familyId").is(familyId)).limit(SHOWN), DashboardEntry.class);
    }

    public long forget(String familyId) {
        return mongo.remove(Query.query(Criteria.where("familyId").is(familyId)), DashboardEntry.COLLECTION)
                .getDeletedCount();
    }

    private static void setIfKnown(Update change, String field, Object value) {
        if (value != null) {
            change.set(field, value);
        }
    }
}
