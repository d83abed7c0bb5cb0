package fr.portailfamilles.launcher;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that reads the documents a query pins by {@code _id} from the {@code _id}
 * index, even when the query also tests other fields.
 *
 * <p>mongo-java-server uses an index only when the query names exactly the index's fields, so
 * {@code {_id: "x", revision: 7}}, the optimistic-locking filter of every service's updates, read
 * and deserialized the whole collection. Here the candidates come from the index and the whole
 * query is still matched against them, so the answer is the same as a scan's.
 */
final class IdIndexedH2Collection extends H2Collection {

  private static final String IN = "$in";

  private final AtomicLong fullScans = new AtomicLong();

  IdIndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
      MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
    super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
  }

  // find, count, distinct, update, findAndModify and delete all select their documents here
  @Override
  protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
      int batchSize, Document fieldSelector) {
    Document idCondition = idConditionBesideOtherFields(query);
    // a $natural order is the order of the data map, which only a scan follows
    Index<Object> idIndex = idCondition == null || isNaturalDescending(orderBy) ? null : idIndex();
    if (idIndex == null || !idIndex.canHandle(idCondition)) {
      return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }
    return matchDocuments(query, idIndex.getPositions(idCondition), orderBy, numberToSkip, limit, batchSize,
        fieldSelector);
  }

  @Override
  protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit,
      int batchSize, Document fieldSelector) {
    fullScans.incrementAndGet();
    return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
  }

  /** How many queries read every document of this collection since it was opened. */
  long fullScans() {
    return fullScans.get();
  }

  /**
   * The {@code _id} part of a query that also tests other fields, when it names one value or a
   * list of values; {@code null} otherwise. A query on {@code _id} alone is left to the library,
   * which already answers it from the index.
   */
  private Document idConditionBesideOtherFields(Document query) {
    String idField = getIdField();
    if (query == null || query.size() < 2 || !query.containsKey(idField)) {
      return null;
    }
    Object condition = query.get(idField);
    return isPlainValue(condition) || isInPlainValues(condition) ? new Document(idField, condition) : null;
  }

  private Index<Object> idIndex() {
    for (Index<Object> index : getIndexes()) {
      if (index.isUnique() && index.getKeys().size() == 1 && isIdKey(index.getKeys().get(0))) {
        return index;
      }
    }
    return null;
  }

  private boolean isIdKey(IndexKey key) {
    return key.getKey().equals(getIdField());
  }

  private static boolean isInPlainValues(Object condition) {
    return condition instanceof Document operator && operator.size() == 1
        && operator.get(IN) instanceof Collection<?> values
        && values.stream().allMatch(IdIndexedH2Collection::isPlainValue);
  }

  // values the index finds by equality; documents, operators, regular expressions, arrays and null
  // have other matching rules and go to the library
  private static boolean isPlainValue(Object value) {
    return value instanceof String || value instanceof Number || value instanceof ObjectId
        || value instanceof UUID || value instanceof LegacyUUID || value instanceof Instant
        || value instanceof Date || value instanceof Boolean;
  }
}
