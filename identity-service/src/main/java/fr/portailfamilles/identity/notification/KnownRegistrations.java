package fr.portailfamilles.identity.notification;

import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The child's first name and the activity of each live registration, as registration-service
 * announced them, so that a refusal or a reservation mail can say which child it is about: the
 * reservation events carry no names. Forgotten when the registration is refused or cancelled.
 */
@Repository
public class KnownRegistrations {

    static final String COLLECTION = "known_registrations";

    private final MongoTemplate mongo;

    KnownRegistrations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void remember(String registrationId, String childFirstName, String activityName) {
        mongo.findAndModify(byId(registrationId),
                new Update().set("childFirstName", childFirstName).set("activityName", activityName),
                FindAndModifyOptions.options().upsert(true), Document.class, COLLECTION);
    }

    public Optional<Known> find(String registrationId) {
        return Optional.ofNullable(mongo.findOne(byId(registrationId), Document.class, COLLECTION))
                .map(found -> new Known(found.getString("childFirstName"), found.getString("activityName")));
    }

    public void forget(String registrationId) {
        mongo.remove(byId(registrationId), COLLECTION);
    }

    private static Query byId(String registrationId) {
        return Query.query(Criteria.where("_id").is(registrationId));
    }

    /** What the portal told about a registration. */
    public record Known(String childFirstName, String activityName) {
    }
}
