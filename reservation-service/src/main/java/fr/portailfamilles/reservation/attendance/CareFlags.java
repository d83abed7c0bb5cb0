package fr.portailfamilles.reservation.attendance;

import fr.portailfamilles.platform.messaging.AppliedEvents;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The children's care flags as the family service reported them, one document per child. Each
 * report is written by one conditional update that also remembers its event id: a redelivered
 * report, or one older than what is stored, changes nothing.
 */
@Component
class CareFlags {

    private static final int MEMORY = 50;

    private final MongoTemplate mongo;

    CareFlags(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(CareFlagsDocument.COLLECTION).createIndex(new Index("familyId", Sort.Direction.ASC));
    }

    /** The flags known for these children, by child id; a child not reported yet is absent. */
    Map<String, CareFlagsDocument> of(Collection<String> childIds) {
        return mongo.find(Query.query(Criteria.where("_id").in(childIds)), CareFlagsDocument.class).stream()
                .collect(Collectors.toMap(CareFlagsDocument::id, Function.identity()));
    }

    /** @return true if the report was written now (not a redelivery, not older than the stored one) */
    boolean report(String eventId, FamilyMessages.ChildCareFlagsChanged flags) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(flags.familyId())), CareFlagsDocument.ERASED)) {
            return false;
        }
        Query newerAndNotYetApplied = Query.query(Criteria.where("_id").is(flags.childId())
                .and(AppliedEvents.FIELD).ne(eventId).and("changedAt").not().gt(flags.changedAt()));
        Update update = new Update().set("familyId", flags.familyId()).set("pai", isTrue(flags.hasPai()))
                .set("allergy", isTrue(flags.hasAllergy())).set("diet", isTrue(flags.hasDiet()))
                .set("changedAt", flags.changedAt());
        update.push(AppliedEvents.FIELD).slice(-MEMORY).each(eventId);
        try {
            return mongo.findAndModify(newerAndNotYetApplied, update,
                    FindAndModifyOptions.options().upsert(true).returnNew(true), CareFlagsDocument.class) != null;
        } catch (DuplicateKeyException alreadyNewerOrApplied) {
            // the child's document exists and holds a newer report, or this very one
            return false;
        }
    }

    /** Forgets the family's children and remembers that the family is gone. */
    void forgetFamily(String familyId, Instant erasedAt) {
        mongo.upsert(Query.query(Criteria.where("_id").is(familyId)), new Update().setOnInsert("erasedAt", erasedAt),
                CareFlagsDocument.ERASED);
        mongo.remove(Query.query(Criteria.where("familyId").is(familyId)), CareFlagsDocument.COLLECTION);
    }

    private static boolean isTrue(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
