package fr.portailfamilles.launcher;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;

/**
 * The {@code _id} index of an H2 collection, answering for string, UUID and ObjectId keys from the
 * collection's data map instead of the index's own map.
 *
 * <p>The H2 backend keeps each document in a data map keyed by its {@code _id}, and the index's
 * map from the key (a {@code KeyValue}) to that same {@code _id}. H2 has no type for
 * {@code KeyValue}: every comparison in a search of the index's map Java-serializes both keys,
 * some thirty serializations per search, and the wire server searched it several times for each
 * update (to find the document, then its position, then to check the key) and for each insert,
 * where writing the key cost a fifth of its time once the collections held a few runs of opening
 * morning. The data map compares strings, UUIDs and ObjectIds as such, and holds every document's
 * key already: keys of those types are looked up there and no longer written to the index's map,
 * which keeps keys of other types (numbers, documents). Entries of those types that an earlier
 * version wrote there are ignored, and removed with their document.
 */
final class DataMapIdIndex extends AbstractUniqueIndex<Object> {

  private final MVMap<KeyValue, Object> indexMap;
  private final Map<Object, Document> dataMap;

  DataMapIdIndex(MVMap<KeyValue, Object> indexMap, Map<Object, Document> dataMap, String name, List<IndexKey> keys) {
    super(name, keys, false);
    this.indexMap = indexMap;
    this.dataMap = dataMap;
  }

  /** Whether {@code keys} and {@code sparse} describe an index this class can serve: {@code _id} alone. */
  static boolean serves(List<IndexKey> keys, boolean sparse) {
    return !sparse && keys.size() == 1 && keys.get(0).getKey().equals("_id");
  }

  @Override
  protected Object getPosition(KeyValue keyValue) {
    Object id = inDataMap(keyValue);
    if (id != null) {
      // the data map's key is the document's _id, which is also its position
      return dataMap.containsKey(id) ? id : null;
    }
    return indexMap.get(keyValue);
  }

  /**
   * The library checks the key again after the document is in the data map, where a lookup in
   * the data map would find the document itself: the check made before it was added stands.
   */
  @Override
  public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
    for (KeyValue keyValue : getKeyValues(document)) {
      if (!putKeyPosition(keyValue, position)) {
        throw new IllegalStateException("Key " + keyValue + " already exists in " + getName());
      }
    }
  }

  @Override
  protected boolean putKeyPosition(KeyValue keyValue, Object position) {
    // a key the data map answers for is there with its document
    return inDataMap(keyValue) != null || indexMap.putIfAbsent(keyValue, Missing.ofNullable(position)) == null;
  }

  @Override
  protected Object removeDocument(KeyValue keyValue) {
    Object written = indexMap.remove(keyValue); // for a key of the data map, an entry of an earlier version
    Object id = inDataMap(keyValue);
    if (id == null) {
      return written;
    }
    // asked before the document leaves the data map
    return dataMap.containsKey(id) ? id : null;
  }

  /** Every key with its position: those the data map holds, then the others, from the index's map. */
  @Override
  protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
    return () -> Stream.concat(
        dataMap.keySet().stream().filter(DataMapIdIndex::isDataMapKey)
            .map(id -> Map.entry(new KeyValue(id), id)),
        indexMap.entrySet().stream().filter(entry -> inDataMap(entry.getKey()) == null))
        .iterator();
  }

  @Override
  public long getCount() {
    return dataMap.size();
  }

  @Override
  public boolean isEmpty() {
    return dataMap.isEmpty();
  }

  @Override
  public long getDataSize() {
    return getCount();
  }

  /** The key's single value if the data map answers for it (a string, UUID or ObjectId), else null. */
  private static Object inDataMap(KeyValue keyValue) {
    Object id = keyValue.size() == 1 ? keyValue.get(0) : null;
    return isDataMapKey(id) ? id : null;
  }

  private static boolean isDataMapKey(Object id) {
    return id instanceof String || id instanceof UUID || id instanceof ObjectId;
  }
}
