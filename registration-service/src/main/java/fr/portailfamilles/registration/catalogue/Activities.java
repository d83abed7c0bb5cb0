package fr.portailfamilles.registration.catalogue;

import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.registration.catalogue.domain.Activity;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The activities, one document each with its pending events; saving checks the version. */
@Repository
public class Activities {

    private final MongoTemplate mongo;

    Activities(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<Activity> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Activity.class));
    }

    public Activity get(String id) {
        return find(id).orElseThrow(() -> DomainProblem.notFound("activite-introuvable",
                "Cette activité est introuvable."));
    }

    public List<Activity> all() {
        return mongo.find(new Query().with(Sort.by("name")), Activity.class);
    }

    /** Fails with a duplicate key when an activity already has this id. */
    Activity insert(Activity activity) {
        return mongo.insert(activity);
    }

    /** Fails with an optimistic locking failure when the activity changed meanwhile. */
    Activity save(Activity activity) {
        return mongo.save(activity);
    }
}
