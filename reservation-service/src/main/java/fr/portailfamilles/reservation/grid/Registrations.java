package fr.portailfamilles.reservation.grid;

import fr.portailfamilles.platform.messaging.AppliedEvents;
import fr.portailfamilles.platform.mongo.ConvertedUpdates;
import fr.portailfamilles.platform.outbox.OutboxEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
        return applyAll(Map.of(id, events)).get(id);
    }

    /**
     * Applies the events of several registrations, those of each in their order, as
     * {@link #applyAll(String, List)} would for each, with one read of them all and one bulk write
     * of one update per registration (conditioned on the revision read and on none of its events
     * being applied). When some did not match, their registrations are read again with the
     * events they hold, those events skipped and the others written over what changed meanwhile.
     *
     * @return by registration, what was written now; absent when nothing was (unknown
     *         registration, all its events applied already). Should another writer change a
     *         registration between this bulk write and the check that follows a lost race, the
     *         registrations that held all their events already may be reported as written too.
     */
    Map<String, GridChange> applyAll(Map<String, List<Applied>> eventsByRegistration) {
        Map<String, GridChange> written = new HashMap<>();
        Map<String, Set<String>> known = new HashMap<>();
        Collection<String> pending = eventsByRegistration.keySet();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Map<String, RegistrationDocument> current = findAll(pending).stream()
                    .collect(Collectors.toMap(RegistrationDocument::id, Function.identity()));
            List<Planned> planned = new ArrayList<>();
            for (String id : pending) {
                RegistrationDocument registration = current.get(id);
                Planned plan = registration == null ? null
                        : plan(registration, eventsByRegistration.get(id), known.getOrDefault(id, Set.of()));
                if (plan != null) {
                    planned.add(plan);
                }
            }
            int matched = updates.updateEach(planned.stream().map(Planned::write).toList(),
                    RegistrationDocument.class);
            if (matched == planned.size()) {
                planned.forEach(plan -> written.put(plan.id(), plan.change()));
                return written;
            }
            Map<String, Document> stored = appliedEventsAndRevision(planned.stream().map(Planned::id).toList());
            List<Planned> holdingAll = new ArrayList<>();
            List<Planned> writtenNow = new ArrayList<>();
            List<String> again = new ArrayList<>();
            for (Planned plan : planned) {
                Document after = stored.getOrDefault(plan.id(), new Document());
                List<String> holds = after.getList(AppliedEvents.FIELD, String.class, List.of());
                if (holds.containsAll(plan.eventIds())) { // written now, or all applied before: nothing left to do
                    holdingAll.add(plan);
                    Number revision = after.get("revision", Number.class);
                    if (revision != null && revision.longValue() == plan.revision() + 1) {
                        writtenNow.add(plan);
                    }
                } else {
                    plan.eventIds().stream().filter(holds::contains)
                            .forEach(eventId -> known.computeIfAbsent(plan.id(), k -> new HashSet<>()).add(eventId));
                    again.add(plan.id());
                }
            }
            // the bulk write tells how many matched, not which: the revision each moved to tells it,
            // unless another writer moved it since (then all that may have been written are reported)
            if (matched > 0) {
                (writtenNow.size() == matched ? writtenNow : holdingAll)
                        .forEach(plan -> written.put(plan.id(), plan.change()));
            }
            if (again.isEmpty()) {
                return written;
            }
            pending = again;
        }
        throw new IllegalStateException("Registrations " + pending + " kept changing under " + ATTEMPTS + " attempts");
    }

    /** A registration's update: the events it applies now, what they change, the conditional write. */
    private record Planned(String id, long revision, List<String> eventIds, GridChange change,
            ConvertedUpdates.Conditional write) {
    }

    /** The update applying these events, except the known ones, to the registration as read; null if none is left. */
    private static Planned plan(RegistrationDocument current, List<Applied> events, Set<String> known) {
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
        Query sameRevisionNoneApplied = Query.query(Criteria.where("_id").is(current.id()).and("revision")
                .is(current.revision()).and(AppliedEvents.FIELD).nin(ids));
        return new Planned(current.id(), current.revision(), ids, written,
                new ConvertedUpdates.Conditional(sameRevisionNoneApplied, update.inc("revision", 1)));
    }

    /** Each of these registrations' revision and the ids of the events it applied (the last 500), by registration. */
    private Map<String, Document> appliedEventsAndRevision(Collection<String> ids) {
        Query query = Query.query(Criteria.where("_id").in(ids));
        query.fields().include(AppliedEvents.FIELD).include("revision");
        return mongo.find(query, Document.class, RegistrationDocument.COLLECTION).stream()
                .collect(Collectors.toMap(stored -> stored.getString("_id"), Function.identity()));
    }
}
