package fr.portailfamilles.registration.registration;

import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.registration.registration.domain.Registration;
import fr.portailfamilles.registration.registration.domain.RegistrationState;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The registrations, one document each with its pending events. A unique index on
 * {@code activeKey} keeps one live registration per child, activity and season, even when two
 * requests arrive at the same instant; saving checks the version.
 */
@Repository
public class Registrations {

    static final int QUEUE_LIMIT = 500;

    private final MongoTemplate mongo;

    Registrations(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(Registration.COLLECTION).createIndex(new Index("activeKey", Sort.Direction.ASC).unique());
        mongo.indexOps(Registration.COLLECTION).createIndex(new Index("familyId", Sort.Direction.ASC));
        mongo.indexOps(Registration.COLLECTION).createIndex(new Index("child.childId", Sort.Direction.ASC));
        mongo.indexOps(Registration.COLLECTION).createIndex(new Index("state", Sort.Direction.ASC)
                .on("requestedAt", Sort.Direction.ASC));
    }

    public Optional<Registration> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Registration.class));
    }

    public Registration get(String id) {
        return find(id).orElseThrow(() -> DomainProblem.notFound("inscription-introuvable",
                "Cette inscription est introuvable."));
    }

    public List<Registration> ofChild(String childId) {
        return mongo.find(Query.query(Criteria.where("child.childId").is(childId))
                .with(Sort.by("requestedAt")), Registration.class);
    }

    public List<Registration> ofFamily(String familyId) {
        return mongo.find(Query.query(Criteria.where("familyId").is(familyId))
                .with(Sort.by("requestedAt")), Registration.class);
    }

    /** The queue staff work through: oldest request first. */
    public List<Registration> queue(RegistrationState state, String activityId) {
        Criteria criteria = Criteria.where("state").is(state);
        if (activityId != null && !activityId.isBlank()) {
            criteria = criteria.and("activity.activityId").is(activityId);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("requestedAt")).limit(QUEUE_LIMIT), Registration.class);
    }

    /** Fails with a duplicate key when the child already holds this activity and season. */
    Registration insert(Registration registration) {
        return mongo.insert(registration);
    }

    /** Fails with an optimistic locking failure when the registration changed meanwhile. */
    Registration save(Registration registration) {
        return mongo.save(registration);
    }
}
