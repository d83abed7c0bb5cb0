package fr.portailfamilles.family.file.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The families, one document each. Saving checks the version, so that a stale copy never
 * overwrites a newer change nor brings back events the relay already published.
 */
@Repository
public class Families {

    public static final String COLLECTION = "families";
    static final int SEARCH_LIMIT = 50;

    private final MongoTemplate mongo;

    Families(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("guardians.details.email", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("contactChanges.state", Sort.Direction.ASC));
    }

    /** Saves a new family; fails with a duplicate key when the id is taken. */
    public Family insert(Family family) {
        return mongo.insert(family);
    }

    /** Saves a change; fails with an optimistic locking failure when the family changed meanwhile. */
    public Family save(Family family) {
        return mongo.save(family);
    }

    public Optional<Family> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Family.class));
    }

    /** Which of these families were erased: one query, whatever their number. */
    public Set<String> erasedAmong(Collection<String> ids) {
        Query erased = Query.query(Criteria.where("_id").in(ids).and("state").is(FileState.ERASED.name()));
        erased.fields().include("_id");
        return mongo.find(erased, Document.class, COLLECTION).stream().map(family -> family.getString("_id"))
                .collect(Collectors.toSet());
    }

    public boolean exists(String id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), Family.class);
    }

    /** Whether a guardian of another family already uses this e-mail (the account login must be unique). */
    public boolean emailUsedElsewhere(String email, String familyId) {
        return mongo.exists(Query.query(Criteria.where("guardians.details.email").is(email).and("_id").ne(familyId)),
                Family.class);
    }

    /** Families with a contact-change request in this state (a request's family holds it). */
    public List<Family> withContactChanges(String state) {
        return mongo.find(Query.query(Criteria.where("contactChanges.state").is(state)), Family.class);
    }

    public Optional<Family> findByContactChange(String requestId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("contactChanges._id").is(requestId)),
                Family.class));
    }

    /** Families whose id, guardians' names or e-mails, or children's names contain {@code text}, any case. */
    public List<Family> search(String text) {
        Query query = new Query();
        if (text != null && !text.isBlank()) {
            String pattern = Pattern.quote(text.strip());
            query = Query.query(new Criteria().orOperator(Criteria.where("_id").regex(pattern, "i"),
                    Criteria.where("guardians.details.lastName").regex(pattern, "i"),
                    Criteria.where("guardians.details.firstName").regex(pattern, "i"),
                    Criteria.where("guardians.details.email").regex(pattern, "i"),
                    Criteria.where("children.identity.lastName").regex(pattern, "i"),
                    Criteria.where("children.identity.firstName").regex(pattern, "i")));
        }
        return mongo.find(query.with(Sort.by("_id")).limit(SEARCH_LIMIT), Family.class);
    }
}
