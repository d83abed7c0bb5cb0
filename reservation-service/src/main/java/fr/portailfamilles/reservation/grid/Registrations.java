package fr.portailfamilles.reservation.grid;

import fr.portailfamilles.platform.messaging.AppliedEvents;
import fr.portailfamilles.platform.mongo.ConvertedUpdates;
import fr.portailfamilles.platform.outbox.OutboxEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The registrations and their grids. Every change is one update conditioned on the revision it
 * read, so that the family's requests and the decisions arriving meanwhile never overwrite each
 * other; a change driven by an event also remembers the event, so a redelivery changes nothing.
 * The updates are written by {@link ConvertedUpdates}: their paths name cells and requests by key.
 */
@Component
public class Registrations {

    private static final int ATTEMPTS = 50;

    private final MongoTemplate mongo;
    private final ConvertedUpdates updates;

    Registrations(MongoTemplate mongo) {
        this.mongo = mongo;
        this.updates = new ConvertedUpdates(mongo);
    }

    public Optional<RegistrationDocument> find(String id) {
        return Optional.ofNullable(mongo.findOne(withoutBookkeeping(Criteria.where("_id").is(id)),
                RegistrationDocument.class));
    }

    /**
     * The registration without its requests' progress either: for its grid and live stream, which
     * never read it, while a family's requests of a whole year pile up there.
     * Its {@link RegistrationDocument#requests()} reads empty.
     */
    public Optional<RegistrationDocument> findGrid(String id) {
        Query query = withoutBookkeeping(Criteria.where("_id").is(id));
        query.fields().exclude("requests");
        return Optional.ofNullable(mongo.findOne(query, RegistrationDocument.class));
    }

    /** The family of the registration, read alone: for its live stream, which needs nothing else. */
    public Optional<String> familyOf(String id) {
        Query query = Query.query(Criteria.where("_id").is(id));
        query.fields().include("familyId");
        return Optional.ofNullable(mongo.findOne(query, Document.class, RegistrationDocument.COLLECTION))
                .map(registration -> registration.getString("familyId"));
    }

    public List<RegistrationDocument> findAll(Collection<String> ids) {
        return mongo.find(withoutBookkeeping(Criteria.where("_id").in(ids)), RegistrationDocument.class);
    }

    public List<RegistrationDocument> ofFamily(String familyId) {
        return mongo.find(withoutBookkeeping(Criteria.where("familyId").is(familyId)), RegistrationDocument.class);
    }

    public List<RegistrationDocument> ofActivity(String activityId) {
        return mongo.find(withoutBookkeeping(Criteria.where("activityId").is(activityId)),
                RegistrationDocument.class);
    }

    /**
     * The registrations matching {@code criteria}, without the ids of the events they applied nor
     * their pending events: up to hundreds of entries that no reader needs, read back at every
     * decision otherwise. Their {@link RegistrationDocument#appliedEvents()} reads empty.
     */
    private static Query withoutBookkeeping(Criteria criteria) {
        Query query = Query.query(criteria);
        query.fields().exclude(AppliedEvents.FIELD).exclude(OutboxEvent.FIELD);
        return query;
    }

    /** Writes {@code update} if nobody changed the registration since {@code seen} was read. */
    public boolean write(RegistrationDocument seen, Update update) {
        Query sameRevision = Query.query(Criteria.where("_id").is(seen.id()).and("revision").is(seen.revision()));
        return updates.updateFirst(sameRevision, update.inc("revision", 1), RegistrationDocument.class);
    }

    /**
     * Applies the change {@code change} makes of the current registration, once for
     * {@code eventId}; reads again and retries when another writer got there first. Whether the
     * event was applied already is asked of MongoDB in the update itself, so the list of applied
     * events is never read.
     *
     * @param change the update to write, or null when the event changes nothing
     * @return true if a change was written now
     */
    public boolean apply(String id, String eventId, Function<RegistrationDocument, Update> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            RegistrationDocument current = find(id).orElse(null);
            if (current == null) {
                return false;
            }
            Update update = change.apply(current);
            if (update == null) {
                update = new Update();
            }
            update.push(AppliedEvents.FIELD).slice(-500).each(eventId);
            Query sameRevisionNotApplied = Query.query(Criteria.where("_id").is(id).and("revision")
                    .is(current.revision()).and(AppliedEvents.FIELD).ne(eventId));
            if (updates.updateFirst(sameRevisionNotApplied, update.inc("revision", 1), RegistrationDocument.class)) {
                return true;
            }
            if (mongo.exists(Query.query(Criteria.where("_id").is(id).and(AppliedEvents.FIELD).is(eventId)),
                    RegistrationDocument.class)) {
                return false;
            }
        }
        throw new IllegalStateException("Registration " + id + " kept changing under " + ATTEMPTS + " attempts");
    }

    /** An event to apply to a registration: the change it makes of the registration as it then reads, or null for none. */
    record Applied(String eventId, Function<RegistrationDocument, GridChange> change) {
    }

    /**
     * Applies several events to one registration in their order and writes them with one update,
     * once each: an event the registration applied already is skipped (found by asking MongoDB
     * which of them it knows, only when the conditional write did not match).
     *
     * @return what was written now, or null if nothing was (unknown registration, all applied already)
     */
    GridChange applyAll(String id, List<Applied> events) {
        Set<String> known = new HashSet<>();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            RegistrationDocument current = find(id).orElse(null);
            if (current == null) {
                return null;
            }
            RegistrationDocument view = current;
            GridChange written = new GridChange();
            List<String> ids = new ArrayList<>();
            for (Applied event : events) {
                if (known.contains(event.eventId()) || ids.contains(event.eventId())) {
                    continue;
                }
                GridChange change = event.change().apply(view);
                if (change != null) {
                    written.then(change);
                    view = change.appliedTo(view);
                }
                ids.add(event.eventId());
            }
            if (ids.isEmpty()) {
                return null;
            }
            Update update = written.update();
            update.push(AppliedEvents.FIELD).slice(-500).each(ids.toArray());
            Query sameRevisionNoneApplied = Query.query(Criteria.where("_id").is(id).and("revision")
                    .is(current.revision()).and(AppliedEvents.FIELD).nin(ids));
            if (updates.updateFirst(sameRevisionNoneApplied, update.inc("revision", 1), RegistrationDocument.class)) {
                return written;
            }
            known.addAll(appliedAmong(id, ids));
        }
        throw new IllegalStateException("Registration " + id + " kept changing under " + ATTEMPTS + " attempts");
    }

    private List<String> appliedAmong(String id, List<String> eventIds) {
        Query query = Query.query(Criteria.where("_id").is(id));
        query.fields().include(AppliedEvents.FIELD);
        Document stored = mongo.findOne(query, Document.class, RegistrationDocument.COLLECTION);
        List<String> applied = stored == null ? List.of() : stored.getList(AppliedEvents.FIELD, String.class, List.of());
        return eventIds.stream().filter(applied::contains).toList();
    }
}
