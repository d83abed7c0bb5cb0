package fr.portailfamilles.registration.family;

import fr.portailfamilles.platform.messaging.AppliedEvents;
import fr.portailfamilles.registration.family.domain.FamilyFile;
import fr.portailfamilles.registration.family.domain.KnownChild;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The copy of family files and children. It is only ever written by single-document updates that
 * also remember the event applied ({@link AppliedEvents}), never by saving a whole document, so a
 * redelivered event changes nothing.
 */
@Repository
public class KnownFamilies {

    private final MongoTemplate mongo;
    private final AppliedEvents appliedEvents;

    KnownFamilies(MongoTemplate mongo, AppliedEvents appliedEvents) {
        this.mongo = mongo;
        this.appliedEvents = appliedEvents;
        mongo.indexOps(KnownChild.COLLECTION).createIndex(new Index("familyId", Sort.Direction.ASC));
    }

    public FamilyFile fileOf(String familyId) {
        return Optional.ofNullable(mongo.findById(familyId, FamilyFile.class))
                .orElseGet(() -> FamilyFile.unknown(familyId));
    }

    public Optional<KnownChild> child(String childId) {
        return Optional.ofNullable(mongo.findById(childId, KnownChild.class));
    }

    public List<KnownChild> childrenOf(String familyId) {
        return mongo.find(Query.query(Criteria.where("familyId").is(familyId))
                .with(Sort.by("firstName", "lastName")), KnownChild.class);
    }

    boolean isErased(String familyId) {
        return fileOf(familyId).erased();
    }

    boolean completeFile(String eventId, FamilyEventsV1.FileCompleted completed) {
        return appliedEvents.applyOnce(FamilyFile.COLLECTION, completed.familyId(), eventId, new Update()
                .set("email", completed.email())
                .set("firstName", completed.firstName())
                .set("lastName", completed.lastName())
                .set("complete", true)
                .set("completedAt", completed.completedAt()), true);
    }

    boolean updateChild(String eventId, FamilyEventsV1.ChildUpdated child) {
        return appliedEvents.applyOnce(KnownChild.COLLECTION, child.childId(), eventId, new Update()
                .set("familyId", child.familyId())
                .set("firstName", child.firstName())
                .set("lastName", child.lastName())
                .set("birthDate", child.birthDate() == null ? null : child.birthDate().toString())
                .set("school", child.school())
                .set("schoolClass", child.schoolClass())
                .set("updatedAt", child.updatedAt()), true);
    }

    /** Keeps only the fact that the family was erased, so that a late event cannot bring it back. */
    void erase(String eventId, String familyId, Instant erasedAt) {
        appliedEvents.applyOnce(FamilyFile.COLLECTION, familyId, eventId, new Update()
                .set("erased", true)
                .set("erasedAt", erasedAt)
                .set("complete", false)
                .unset("email").unset("firstName").unset("lastName").unset("completedAt"), true);
        mongo.remove(Query.query(Criteria.where("familyId").is(familyId)), KnownChild.COLLECTION);
    }
}
