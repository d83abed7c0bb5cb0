package fr.portailfamilles.platform.outbox;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The relay's side of MongoDB: the documents with pending events, and the removal of acknowledged ones. */
final class OutboxDocuments {

    private static final Logger log = LoggerFactory.getLogger(OutboxDocuments.class);
    private static final Bson HAS_PENDING = Filters.exists(OutboxEvent.FIELD + ".0");

    private final MongoTemplate mongo;
    private final String versionField;

    OutboxDocuments(MongoTemplate mongo, String versionField) {
        this.mongo = mongo;
        this.versionField = versionField;
    }

    /** Up to {@code limit} documents with pending events: their id and outbox only. */
    List<Document> withPending(String collection, int limit) {
        return mongo.getCollection(collection).find(HAS_PENDING).projection(Projections.include(OutboxEvent.FIELD))
                .limit(limit).into(new ArrayList<>());
    }

    /**
     * These documents, read by id (an index lookup, never a scan), with their id and outbox,
     * keeping those that still have pending events.
     */
    List<Document> named(String collection, Collection<Object> ids) {
        List<Document> found = mongo.getCollection(collection).find(Filters.in("_id", ids))
                .projection(Projections.include(OutboxEvent.FIELD)).into(new ArrayList<>());
        found.removeIf(document -> document.getList(OutboxEvent.FIELD, Document.class, List.of()).isEmpty());
        return found;
    }

    long countWithPending(String collection) {
        return mongo.getCollection(collection).countDocuments(HAS_PENDING);
    }

    /**
     * Removes the acknowledged events, one update per document in one unordered bulk write; each
     * update pulls the document's events and bumps its version once. The version only has to
     * change, not to count events, for a stale copy of the aggregate to fail its save.
     *
     * @param acknowledged event ids by document id
     * @return how many events were removed; those whose update failed stay pending
     */
    int removeAcknowledged(String collection, Map<Object, List<String>> acknowledged) {
        List<UpdateOneModel<Document>> updates = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        acknowledged.forEach((id, eventIds) -> {
            updates.add(new UpdateOneModel<>(Filters.eq("_id", id), Updates.combine(
                    Updates.pull(OutboxEvent.FIELD, Filters.in("eventId", eventIds)),
                    Updates.inc(versionField, 1L))));
            counts.add(eventIds.size());
        });
        if (updates.isEmpty()) {
            return 0;
        }
        Set<Integer> failed = Set.of();
        try {
            mongo.getCollection(collection).bulkWrite(updates, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException partly) {
            failed = partly.getWriteErrors().stream().map(BulkWriteError::getIndex).collect(Collectors.toSet());
            log.warn("{} of {} outbox updates in {} failed, their acknowledged events stay pending and will go out "
                    + "again: {}", failed.size(), updates.size(), collection, partly.getMessage());
        }
        int removed = 0;
        for (int i = 0; i < counts.size(); i++) {
            removed += failed.contains(i) ? 0 : counts.get(i);
        }
        return removed;
    }
}
