package fr.portailfamilles.platform.messaging;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.convert.UpdateMapper;
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
    private final QueryMapper queryMapper;
    private final UpdateMapper updateMapper;

    public AppliedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
        this.queryMapper = new QueryMapper(mongo.getConverter());
        this.updateMapper = new UpdateMapper(mongo.getConverter());
    }

    /** The change one event makes to one document. */
    public record Change(Object id, String eventId, Update update) {
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
        Change change = new Change(id, eventId, update);
        try {
            // an update, not a findAndModify: the document need not travel back
            UpdateResult result = upsert ? mongo.upsert(notYetApplied(change), withMemory(change), collection)
                    : mongo.updateFirst(notYetApplied(change), withMemory(change), collection);
            return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException alreadyThere) {
            // the document exists and already holds this event id: the upsert tried to insert a twin
            return false;
        }
    }

    /**
     * Applies the changes in their order, each unless its document already received its event,
     * as {@link #applyOnce} one after the other would, but in one ordered bulk write: one command
     * for a whole batch of events instead of one per event. Several changes may concern the same
     * document. With {@code upsert}, a change whose event its document holds already stops the
     * bulk write there (its upsert tried to insert a twin): the changes after it are written by
     * another one.
     *
     * @throws DataAccessException when a change could not be written for another reason; the
     *                             changes before it were applied, those after it may have been
     *                             (MongoDB stops an ordered bulk write at its first error, the
     *                             embedded wire server goes on)
     */
    public void applyAllOnce(String collection, List<Change> changes, boolean upsert) {
        UpdateOptions options = new UpdateOptions().upsert(upsert);
        List<UpdateOneModel<Document>> writes = new ArrayList<>(changes.size());
        for (Change change : changes) {
            // mapped as MongoTemplate maps a query and an update named by collection alone
            writes.add(new UpdateOneModel<>(
                    queryMapper.getMappedObject(notYetApplied(change).getQueryObject(), Optional.empty()),
                    updateMapper.getMappedObject(withMemory(change).getUpdateObject(), Optional.empty()), options));
        }
        int from = 0;
        while (from < writes.size()) {
            List<UpdateOneModel<Document>> sent = writes.subList(from, writes.size());
            try {
                mongo.getCollection(collection).bulkWrite(sent, new BulkWriteOptions().ordered(true));
                return;
            } catch (MongoBulkWriteException stopped) {
                List<BulkWriteError> errors = stopped.getWriteErrors();
                if (!upsert || errors.stream().anyMatch(
                        error -> ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY)) {
                    throw translated(stopped);
                }
                // applied already; MongoDB stopped there, a server that went on has written the rest
                BulkWriteResult result = stopped.getWriteResult();
                if (result.getMatchedCount() + result.getUpserts().size() + errors.size() >= sent.size()) {
                    return;
                }
                from += errors.get(errors.size() - 1).getIndex() + 1;
            }
        }
    }

    private static Query notYetApplied(Change change) {
        return Query.query(Criteria.where("_id").is(change.id()).and(FIELD).ne(change.eventId()));
    }

    private static Update withMemory(Change change) {
        return change.update().push(FIELD).slice(-MEMORY).each(change.eventId());
    }

    private RuntimeException translated(MongoBulkWriteException failure) {
        DataAccessException translated = mongo.getExceptionTranslator().translateExceptionIfPossible(failure);
        return translated != null ? translated : failure;
    }
}
