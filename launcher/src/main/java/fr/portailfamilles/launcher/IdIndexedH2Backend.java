package fr.portailfamilles.launcher;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 backend of mongo-java-server, with collections that answer queries pinning {@code _id}
 * from the {@code _id} index (see {@link IdIndexedH2Collection}), and {@code _id} indexes that look
 * string, UUID and ObjectId keys up in the data map (see {@link DataMapIdIndex}). Documents are
 * written to the file as BSON ({@link BsonDocumentType}); files written before, or by the
 * library's own backend, are read as they are.
 */
final class IdIndexedH2Backend extends H2Backend {

  private static final Logger log = LoggerFactory.getLogger(IdIndexedH2Backend.class);

  /**
   * The store's cache of pages read from the file, in MB (H2's default is 16). A page is a block
   * of documents, decoded whenever it is read again from the file; on opening morning the
   * registrations and slots being decided no longer fit in 16 MB, and reading them back (then
   * Java-deserialized) cost the wire server more than answering the queries.
   */
  static final int PAGE_CACHE_MB = 128;

  IdIndexedH2Backend(String fileName) {
    super(new MVStore.Builder().fileName(fileName).cacheSize(PAGE_CACHE_MB)
        .backgroundExceptionHandler((thread, failure) ->
            log.error("The MongoDB store failed writing to {} in the background", fileName, failure))
        .open());
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return new IdIndexedH2Database(databaseName);
  }

  /**
   * An inner class, not a nested one, because H2Database's constructor already opens the existing
   * collections, before a subclass could have stored anything in its own fields, and keeps its
   * store private. The enclosing backend is reachable from the start: javac stores the outer
   * reference before calling the super constructor, and H2Backend sets its store before it opens
   * the databases.
   */
  private final class IdIndexedH2Database extends H2Database {

    IdIndexedH2Database(String databaseName) {
      super(databaseName, IdIndexedH2Backend.this.getMvStore(), IdIndexedH2Backend.this.getCursorRegistry());
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
        boolean sparse) {
      if (!DataMapIdIndex.serves(keys, sparse)) {
        return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
      }
      // the map names H2Database uses for the index and for the documents
      String namespace = getFullCollectionNamespace(collectionName);
      MVStore store = IdIndexedH2Backend.this.getMvStore();
      return new DataMapIdIndex(store.openMap(namespace + "._index_" + indexName), dataMap(namespace), indexName,
          keys);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
      // the map names H2Database uses, so data written by either one is found by the other
      String namespace = getFullCollectionNamespace(collectionName);
      MVMap<String, Object> metaMap = IdIndexedH2Backend.this.getMvStore().openMap("meta." + namespace);
      return new IdIndexedH2Collection(this, collectionName, options, dataMap(namespace), metaMap,
          this.cursorRegistry);
    }

    /** The documents of a collection, by {@code _id}, written as BSON ({@link BsonDocumentType}). */
    private MVMap<Object, Document> dataMap(String namespace) {
      return IdIndexedH2Backend.this.getMvStore().openMap("databases." + namespace,
          new MVMap.Builder<Object, Document>().valueType(new BsonDocumentType()));
    }
  }
}
