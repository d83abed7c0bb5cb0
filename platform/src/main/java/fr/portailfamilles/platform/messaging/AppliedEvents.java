package fr.portailfamilles.platform.messaging;

import com.mongodb.client.result.UpdateResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Applies an event to one document exactly once: the document remembers the ids of the last
 * events applied to it, and the change and that memory are written by one atomic update.
 * A redelivered event then matches nothing and changes nothing, even after a crash.
 */
public class AppliedEvents {

    /** Field of every consuming document that keeps the ids of the events already applied. */
    public static final String FIELD = "appliedEvents";

    /** How many ids a document remembers; redeliveries come shortly after the original. */
    static final int MEMORY = 500;

    private final MongoTemplate mongo;

    public AppliedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Applies {@code update} to the document {@code id} of {@code collection} unless it already
     * received {@code eventId}.
     *
     * @param upsert create the document when it does not exist yet
     * @return true if the update was applied now, false if the event had already been applied
     *         (or, without upsert, if no such document exists)
     */
    public boolean applyOnce(String collection, Object id, String eventId, Update update, boolean upsert) {
        Query notYetApplied = Query.query(Criteria.where("_id").is(id).and(FIELD).ne(eventId));
        Update withMemory = update.push(FIELD).slice(-MEMORY).each(eventId);
        try {
            // an update, not a findAndModify: the document need not travel back
            UpdateResult result = upsert ? mongo.upsert(notYetApplied, withMemory, collection)
                    : mongo.updateFirst(notYetApplied, withMemory, collection);
            return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException alreadyThere) {
            // the document exists and already holds this event id: the upsert tried to insert a twin
            return false;
        }
    }
}
