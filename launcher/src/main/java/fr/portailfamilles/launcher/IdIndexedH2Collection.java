package fr.portailfamilles.launcher;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that reads the documents a query pins by {@code _id} from the {@code _id}
 * index, even when the query also tests other fields, and the documents a query wants with a
 * non-empty array ({@code {outbox.0: {$exists: true}}}) from the list of those documents.
 *
 * <p>mongo-java-server uses an index only when the query names exactly the index's fields, so
 * {@code {_id: "x", revision: 7}}, the optimistic-locking filter of every service's updates, read
 * and deserialized the whole collection. Here the candidates come from the index and the whole
 * query is still matched against them, so the answer is the same as a scan's.
 *
 * <p>The same goes for the questions every relay asks again and again of a whole collection:
 * which documents have pending events ({@code outbox.0}), mails to send ({@code pendingMails.0}),
 * a draw to make ({@code drawPool.0}). The first such query on a field reads the collection once
 * and remembers which documents hold a non-empty array there; every insert, update and delete
 * keeps that list, and later queries match only those documents: what a partial index on
 * {@code {field.0: {$exists: true}}} gives a real MongoDB.
 *
 * <p>Queries do not take the collection's lock. The library locks a collection for each query as
 * for each write, so on opening morning the reads of the two busiest collections (a grid's
 * registration, a slot) waited behind every write of them, and each waiting query held one of the
 * server's four threads. A query here reads the stored documents as they are: each is an instance
 * the store never changes once it holds it (an update stores a new one, see {@link #getDocument}),
 * and H2's maps may be read while they are written, so a query sees every document either before
 * or after a write of it, as on a real MongoDB, where reads do not wait for writes either. Writes
 * still take the lock, one at a time per collection, and so does the first query on a field with
 * pending items, whose list must not miss a write made while it is read. (The list of indexes a
 * query looks at is not guarded: the library adds indexes without the lock anyway, and the
 * services create theirs when they start.)
 */
final class IdIndexedH2Collection extends H2Collection {

  private static final String IN = "$in";
  private static final String EXISTS = "$exists";
  private static final String AND = "$and";
  private static final String FIRST_ELEMENT = ".0";
  private static final String QUERY = "query";
  private static final String ORDER_BY = "orderby";
  private static final String WRAPPED_QUERY = "$query";
  private static final String WRAPPED_ORDER_BY = "$orderby";

  private final AtomicLong fullScans = new AtomicLong();
  /** By field: the positions of the documents whose field holds a non-empty array, for the fields queried so. */
  private final Map<String, Set<Object>> nonEmptyArrays = new ConcurrentHashMap<>();

  /** False while the library's constructor runs, which asks for the data size only to log it. */
  private final boolean opened;

  IdIndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
      MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
    super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
    this.opened = true;
  }

  /**
   * The library keeps each collection's data size by BSON-encoding every document it inserts,
   * deletes, and updates (before and after), for {@code collStats} alone: an eighth of the wire
   * server's time on opening morning. The size is computed when asked instead (the one stored in
   * the file is no longer kept).
   */
  @Override
  protected boolean tracksDataSize() {
    return false;
  }

  @Override
  protected int getDataSize() {
    if (!opened) {
      return 0;
    }
    return streamAllDocumentsWithPosition().mapToInt(stored -> BsonDocumentType.encodedSize(stored.getDocument()))
        .sum();
  }

  /**
   * The library's query, without the lock its synchronized collection takes (see the class
   * comment): the selector unwrapped as the library does, the documents selected as below.
   */
  @Override
  public QueryResult handleQuery(QueryParameters parameters) {
    Document selector = parameters.getQuerySelector();
    Document query = selector;
    Document orderBy = null;
    if (selector.containsKey(QUERY)) {
      query = (Document) selector.get(QUERY);
      orderBy = (Document) selector.get(ORDER_BY);
    } else if (selector.containsKey(WRAPPED_QUERY)) {
      query = (Document) selector.get(WRAPPED_QUERY);
      orderBy = (Document) selector.get(WRAPPED_ORDER_BY);
    }
    return queryDocuments(query, orderBy, parameters.getNumberToSkip(), parameters.getLimit(),
        parameters.getBatchSize(), parameters.getProjection());
  }

  /**
   * Under the lock (a write), the library's own matcher, which also remembers where an array
   * matched for a positional update; without it (a query), a new matcher for each document tested
   * (a small object), so that queries never touch the state a write relies on. A document deleted
   * since its position was read matches nothing.
   */
  @Override
  protected boolean documentMatchesQuery(Document document, Document query) {
    if (document == null) {
      return false;
    }
    return Thread.holdsLock(this) ? super.documentMatchesQuery(document, query)
        : new DefaultQueryMatcher().matches(document, query);
  }

  /**
   * The library's update, copying and comparing only the fields the update names
   * ({@link NamedFieldsUpdate}) when it is made of operators; other updates, and an upsert that
   * matched nothing, are the library's own.
   */
  @Override
  public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters,
      boolean isMulti, boolean isUpsert, Oplog oplog) {
    Optional<NamedFieldsUpdate> named = NamedFieldsUpdate.of(update, arrayFilters);
    if (named.isEmpty()) {
      return super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog);
    }
    int matched = 0;
    List<Object> modifiedIds = new ArrayList<>();
    for (Document stored : queryDocuments(selector, null, 0, 0, 0, null)) {
      NamedFieldsUpdate.Applied applied = named.get().applyTo(stored, getIdField());
      if (applied.changed()) {
        store(stored, applied.document());
      }
      if (applied.modified()) {
        modifiedIds.add(stored.get(getIdField()));
      }
      matched++;
      if (!isMulti) {
        break;
      }
    }
    if (matched == 0 && isUpsert) {
      // still none under the lock: the library inserts what the selector and the update make
      return super.updateDocuments(selector, update, arrayFilters, isMulti, true, oplog);
    }
    oplog.handleUpdate(getFullName(), selector, update, modifiedIds);
    Document result = new Document();
    result.put("n", matched);
    result.put("nModified", modifiedIds.size());
    return result;
  }

  /** Stores the updated document in place of the stored one, checking and keeping the indexes as the library does. */
  private void store(Document stored, Document updated) {
    for (Index<Object> index : getIndexes()) {
      index.checkUpdate(stored, updated, this);
    }
    Object position = positionOf(stored);
    for (Index<Object> index : getIndexes()) {
      index.updateInPlace(stored, updated, position, this);
    }
    handleUpdate(position, stored, updated);
  }

  private Object positionOf(Document stored) {
    if (getIndexes().isEmpty()) {
      return findDocumentPosition(stored);
    }
    Set<Object> positions = new HashSet<>();
    for (Index<Object> index : getIndexes()) {
      Object position = index.getPosition(stored);
      if (position != null) {
        positions.add(position);
      }
    }
    if (positions.size() != 1) {
      throw new IllegalStateException("Expected one position of " + stored.get(getIdField()) + ", found " + positions);
    }
    return positions.iterator().next();
  }

  // find, count, distinct, update, findAndModify and delete all select their documents here
  @Override
  protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
      int batchSize, Document fieldSelector) {
    String arrayField = nonEmptyArrayField(query);
    if (arrayField != null && !isNaturalDescending(orderBy)) {
      Set<Object> holders = nonEmptyArrays.get(arrayField);
      if (holders == null) {
        // no write in between: one made while the collection is read would not be in the list
        synchronized (this) {
          holders = nonEmptyArrays.computeIfAbsent(arrayField, this::positionsWithNonEmpty);
        }
      }
      return matchDocuments(query, List.copyOf(holders), orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }
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
    if (isNaturalDescending(orderBy)) {
      return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }
    // the matching documents as copies, like getDocument's
    return matchDocumentsFromStream(streamAllDocumentsWithPosition().map(DocumentWithPosition::getDocument)
        .filter(stored -> documentMatchesQuery(stored, query)).map(Document::new), query, orderBy, numberToSkip,
        limit, batchSize, fieldSelector);
  }

  /**
   * A copy of the stored document's top level. The library updates the document it found in
   * place (it replaces the changed fields with new values, then stores it again), while H2 may be
   * writing a page that holds that very instance to the file in the background: the writer could
   * read a document half changed, or fail on it, which stops the store. On a copy the stored
   * instance never changes; nested values need no copy, since an update replaces them.
   */
  @Override
  protected Document getDocument(Object position) {
    Document stored = super.getDocument(position);
    return stored == null ? null : new Document(stored);
  }

  @Override
  protected Object addDocumentInternal(Document document) {
    Object position = super.addDocumentInternal(document);
    track(position, document);
    return position;
  }

  @Override
  protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
    super.handleUpdate(position, oldDocument, newDocument);
    track(position, newDocument);
  }

  @Override
  protected void removeDocument(Object position) {
    super.removeDocument(position);
    nonEmptyArrays.values().forEach(holders -> holders.remove(position));
  }

  private void track(Object position, Document document) {
    nonEmptyArrays.forEach((field, holders) -> {
      if (isNonEmptyArray(document.get(field))) {
        holders.add(position);
      } else {
        holders.remove(position);
      }
    });
  }

  /** The one read of the whole collection a field's list costs. */
  private Set<Object> positionsWithNonEmpty(String field) {
    fullScans.incrementAndGet();
    Set<Object> holders = ConcurrentHashMap.newKeySet();
    streamAllDocumentsWithPosition()
        .filter(stored -> isNonEmptyArray(stored.getDocument().get(field)))
        .forEach(stored -> holders.add(stored.getPosition()));
    return holders;
  }

  /**
   * The field of a query that asks for documents whose field holds a non-empty array
   * ({@code {field.0: {$exists: true}}}, beside other conditions or within an {@code $and} of
   * them); {@code null} otherwise.
   */
  private static String nonEmptyArrayField(Document query) {
    if (query == null) {
      return null;
    }
    for (Map.Entry<String, Object> condition : query.entrySet()) {
      String key = condition.getKey();
      if (AND.equals(key) && condition.getValue() instanceof Collection<?> all) {
        for (Object part : all) {
          String field = part instanceof Document document ? nonEmptyArrayField(document) : null;
          if (field != null) {
            return field;
          }
        }
      }
      if (key.endsWith(FIRST_ELEMENT) && key.indexOf('.') == key.length() - FIRST_ELEMENT.length()
          && condition.getValue() instanceof Document operator && operator.size() == 1
          && Boolean.TRUE.equals(operator.get(EXISTS))) {
        return key.substring(0, key.length() - FIRST_ELEMENT.length());
      }
    }
    return null;
  }

  private static boolean isNonEmptyArray(Object value) {
    return value instanceof Collection<?> values && !values.isEmpty();
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
