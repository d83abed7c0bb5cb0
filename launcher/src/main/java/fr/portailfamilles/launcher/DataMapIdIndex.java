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
import org.h2.mvstore.MVMap;

/**
 * The {@code _id} index of an H2 collection, answering lookups of string, UUID and ObjectId keys
 * from the collection's data map instead of the index's own map.
 *
 * <p>The H2 backend keeps each document in a data map keyed by its {@code _id}, and the index's
 * map from the key (a {@code KeyValue}) to that same {@code _id}. H2 has no type for
 * {@code KeyValue}: every comparison in a lookup of the index's map Java-serializes both keys,
 * some thirty serializations per lookup, and the wire server looks the index up several times for
 * each update (to find the document, then its position, then to check the key) and each insert.
 * The data map compares strings, UUIDs and ObjectIds as such. The index's map is still written on
 * every insert and delete, so the file stays what the library's own index reads, and keys of other
 * types (numbers, documents) are still looked up there.
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
    Object id = keyValue.size() == 1 ? keyValue.get(0) : null;
    if (id instanceof String || id instanceof UUID || id instanceof ObjectId) {
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
      if (indexMap.putIfAbsent(keyValue, Missing.ofNullable(position)) != null) {
        throw new IllegalStateException("Key " + keyValue + " already exists in " + getName());
      }
    }
  }

  @Override
  protected Object removeDocument(KeyValue keyValue) {
    return indexMap.remove(keyValue);
  }

  @Override
  protected boolean putKeyPosition(KeyValue keyValue, Object position) {
    return indexMap.putIfAbsent(keyValue, Missing.ofNullable(position)) == null;
  }

  @Override
  protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
    return indexMap.entrySet();
  }

  @Override
  public long getCount() {
    return indexMap.sizeAsLong();
  }

  @Override
  public boolean isEmpty() {
    return indexMap.isEmpty();
  }

  @Override
  public long getDataSize() {
    return getCount();
  }
}
