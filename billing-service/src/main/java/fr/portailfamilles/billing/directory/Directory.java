package fr.portailfamilles.billing.directory;

import fr.portailfamilles.platform.messaging.AppliedEvents;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Billing's own copy of the families, children and activities it bills, kept from the owners'
 * events; each event is applied once, together with the memory of its id.
 */
@Service
public class Directory {

    private final MongoTemplate mongo;
    private final AppliedEvents appliedEvents;
    private final ApplicationEventPublisher publisher;

    Directory(MongoTemplate mongo, AppliedEvents appliedEvents, ApplicationEventPublisher publisher) {
        this.mongo = mongo;
        this.appliedEvents = appliedEvents;
        this.publisher = publisher;
    }

    public FamilyRecord family(String familyId) {
        FamilyRecord found = mongo.findById(familyId, FamilyRecord.class, FamilyRecord.COLLECTION);
        return found == null ? FamilyRecord.unknown(familyId) : found;
    }

    public Map<String, ChildRecord> children(Collection<String> childIds) {
        Map<String, ChildRecord> found = mongo.find(Query.query(Criteria.where("_id").in(childIds)), ChildRecord.class,
                ChildRecord.COLLECTION).stream().collect(Collectors.toMap(ChildRecord::id, Function.identity()));
        childIds.forEach(id -> found.putIfAbsent(id, ChildRecord.unknown(id)));
        return found;
    }

    public List<ChildRecord> childrenOf(String familyId) {
        return mongo.find(Query.query(Criteria.where("familyId").is(familyId)), ChildRecord.class,
                ChildRecord.COLLECTION);
    }

    public ActivityRecord activity(String activityId) {
        ActivityRecord found = mongo.findById(activityId, ActivityRecord.class, ActivityRecord.COLLECTION);
        return found == null ? ActivityRecord.unknown(activityId) : found;
    }

    void quotientChanged(String eventId, String familyId, Integer quotient, LocalDate proofDate) {
        appliedEvents.applyOnce(FamilyRecord.COLLECTION, familyId, eventId,
                new Update().set("quotient", quotient).set("quotientProofDate", proofDate), true);
    }

    void fileCompleted(String eventId, String familyId, String email, String firstName, String lastName) {
        appliedEvents.applyOnce(FamilyRecord.COLLECTION, familyId, eventId, new Update().set("email", email)
                .set("firstName", firstName).set("lastName", lastName), true);
    }

    void childUpdated(String eventId, ChildRecord child) {
        appliedEvents.applyOnce(ChildRecord.COLLECTION, child.id(), eventId, new Update()
                .set("familyId", child.familyId()).set("firstName", child.firstName())
                .set("lastName", child.lastName()).set("birthDate", child.birthDate()), true);
    }

    void activityPublished(String eventId, ActivityRecord activity) {
        List<Document> units = activity.units() == null ? List.of() : activity.units().stream()
                .map(u -> new Document("code", u.code()).append("row", u.row()).append("label", u.label())).toList();
        appliedEvents.applyOnce(ActivityRecord.COLLECTION, activity.id(), eventId, new Update()
                .set("name", activity.name()).set("kind", activity.kind()).set("units", units), true);
    }

    /** Forgets the names, e-mail and quotient of an erased family; naturally idempotent. */
    void familyErased(String familyId) {
        mongo.upsert(Query.query(Criteria.where("_id").is(familyId)), new Update().set("erased", true)
                .unset("firstName").unset("lastName").unset("email").unset("quotient").unset("quotientProofDate"),
                FamilyRecord.COLLECTION);
        mongo.updateMulti(Query.query(Criteria.where("familyId").is(familyId)), new Update()
                .unset("firstName").unset("lastName").unset("birthDate"), ChildRecord.COLLECTION);
        publisher.publishEvent(new FamilyForgotten(familyId));
    }
}
