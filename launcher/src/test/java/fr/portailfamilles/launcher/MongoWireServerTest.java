package fr.portailfamilles.launcher;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoWireServerTest {

  private static final String DATABASE = "portail_check";
  private static final String COLLECTION = "families";

  @TempDir
  Path dataDir;

  private final int port = Ports.free(1)[0];
  private MongoWireServer server;
  private MongoClient client;

  @BeforeEach
  void startWithThreeFamilies() throws Exception {
    start();
    families().insertMany(List.of(
        family("f-1", 7, "Martin", "actif"),
        family("f-2", 3, "Bernard", "actif"),
        family("f-3", 1, "Petit", "archive")));
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void updatesOnlyWhenTheRevisionIsTheCurrentOne() {
    UpdateResult stale = families().updateOne(idAnd("f-1", "revision", 6),
        combine(set("name", "Durand"), inc("revision", 1)));
    UpdateResult current = families().updateOne(idAnd("f-1", "revision", 7),
        combine(set("name", "Martin-Durand"), inc("revision", 1)));

    assertThat(stale.getMatchedCount()).isZero();
    assertThat(current.getMatchedCount()).isEqualTo(1);
    assertThat(current.getModifiedCount()).isEqualTo(1);
    Document stored = families().find(eq("_id", "f-1")).first();
    assertThat(stored.getString("name")).isEqualTo("Martin-Durand");
    assertThat(stored.getInteger("revision")).isEqualTo(8);
  }

  @Test
  void findsByIdAndAnotherFieldOnlyWhenBothMatch() {
    assertThat(ids(idAnd("f-2", "status", "actif"))).containsExactly("f-2");
    assertThat(ids(idAnd("f-2", "status", "archive"))).isEmpty();
    assertThat(ids(idAnd("f-9", "status", "actif"))).isEmpty();
    assertThat(ids(idAnd(in("f-1", "f-3", "f-9"), "status", "actif"))).containsExactly("f-1");
  }

  @Test
  void answersQueriesThatPinTheIdWithoutReadingTheWholeCollection() {
    families().updateOne(idAnd("f-1", "revision", 7), inc("revision", 1));
    families().findOneAndUpdate(idAnd("f-2", "revision", 3), inc("revision", 1),
        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    ids(idAnd("f-3", "status", "archive"));
    ids(idAnd(in("f-1", "f-2"), "status", "actif"));
    families().deleteOne(idAnd("f-3", "revision", 1));

    assertThat(scansOfFamilies()).as("all served from the _id index").isZero();
    assertThat(families().find(eq("_id", "f-2")).first().getInteger("revision")).isEqualTo(4);
    assertThat(ids(new Document())).containsExactly("f-1", "f-2");
  }

  @Test
  void stillScansForQueriesWithoutAnIdValue() {
    long scansBefore = scansOfFamilies();

    assertThat(ids(eq("name", "Petit"))).containsExactly("f-3");
    assertThat(ids(idAnd(new Document("$gt", "f-1"), "status", "actif"))).containsExactly("f-2");
    assertThat(ids(idAnd(new Document("nested", 1), "status", "actif"))).isEmpty();

    assertThat(scansOfFamilies() - scansBefore).isEqualTo(3);
  }

  @Test
  void findsTheDocumentsWithPendingItemsAfterReadingTheCollectionOnce() {
    Bson pending = Filters.exists("outbox.0");
    families().updateOne(eq("_id", "f-2"), set("outbox", List.of(new Document("eventId", "e-1"))));
    families().updateOne(eq("_id", "f-3"), set("outbox", List.of()));
    assertThat(ids(pending)).containsExactly("f-2");
    assertThat(scansOfFamilies()).as("the first question reads every document once").isEqualTo(1);

    families().insertOne(family("f-4", 1, "Roux", "actif").append("outbox", List.of(new Document("eventId", "e-2"))));
    families().updateOne(eq("_id", "f-2"), Updates.pull("outbox", new Document("eventId", "e-1")));
    families().updateOne(eq("_id", "f-1"), Updates.push("outbox", new Document("eventId", "e-3")));
    assertThat(ids(pending)).containsExactlyInAnyOrder("f-1", "f-4");
    families().deleteOne(eq("_id", "f-4"));
    families().replaceOne(eq("_id", "f-3"), family("f-3", 2, "Petit", "archive")
        .append("outbox", List.of(new Document("eventId", "e-4"))));

    assertThat(ids(pending)).containsExactlyInAnyOrder("f-1", "f-3");
    assertThat(ids(Filters.and(pending, eq("status", "archive")))).containsExactly("f-3");
    assertThat(families().find(pending).limit(1).into(new ArrayList<>())).hasSize(1);
    assertThat(ids(Filters.exists("pendingMails.0"))).isEmpty();
    assertThat(scansOfFamilies()).as("one read per field, then the list is kept").isEqualTo(2);
  }

  @Test
  void answersQueriesWhileAWriteHoldsTheCollection() throws Exception {
    Object collection = server.backend().resolveDatabase(DATABASE).resolveCollection(COLLECTION, true);
    families().updateOne(eq("_id", "f-2"), set("outbox", List.of(new Document("eventId", "e-1"))));
    ids(Filters.exists("outbox.0"));

    ExecutorService caller = Executors.newSingleThreadExecutor();
    try {
      Future<UpdateResult> write;
      try (HeldLock held = HeldLock.on(collection)) {
        assertThat(caller.submit(() -> ids(eq("status", "actif"))).get(5, TimeUnit.SECONDS))
            .containsExactly("f-1", "f-2");
        assertThat(caller.submit(() -> ids(idAnd("f-3", "status", "archive"))).get(5, TimeUnit.SECONDS))
            .containsExactly("f-3");
        assertThat(caller.submit(() -> ids(Filters.exists("outbox.0"))).get(5, TimeUnit.SECONDS))
            .containsExactly("f-2");

        write = caller.submit(() -> families().updateOne(eq("_id", "f-1"), set("note", "vu")));
        assertThatThrownBy(() -> write.get(300, TimeUnit.MILLISECONDS)).as("a write waits for the lock")
            .isInstanceOf(TimeoutException.class);
      }
      assertThat(write.get(5, TimeUnit.SECONDS).getModifiedCount()).isEqualTo(1);
    } finally {
      caller.shutdownNow();
    }
  }

  @Test
  void queriesSeeEachDocumentWholeWhileItIsWritten() throws Exception {
    ExecutorService writer = Executors.newSingleThreadExecutor();
    try {
      Future<?> writes = writer.submit(() -> {
        for (int i = 0; i < 300; i++) {
          families().updateOne(eq("_id", "f-1"), combine(inc("revision", 1), inc("copy", 1),
              Updates.push("seen", i)));
        }
      });
      int reads = 0;
      while (!writes.isDone() || reads == 0) {
        Document read = families().find(eq("_id", "f-1")).first();
        int written = read.getInteger("revision") - 7;
        assertThat(read.getInteger("copy", 0)).isEqualTo(written);
        assertThat(read.getList("seen", Integer.class, List.of())).hasSize(written);
        reads++;
      }
      writes.get();
      assertThat(families().find(eq("_id", "f-1")).first().getInteger("copy")).isEqualTo(300);
    } finally {
      writer.shutdownNow();
    }
  }

  @Test
  void readsTheCollectionForANewPendingFieldOnlyBetweenWrites() throws Exception {
    families().updateOne(eq("_id", "f-3"), set("pendingMails", List.of(new Document("mailId", "m-1"))));
    Object collection = server.backend().resolveDatabase(DATABASE).resolveCollection(COLLECTION, true);

    ExecutorService caller = Executors.newSingleThreadExecutor();
    try {
      Future<List<Object>> firstQuestion;
      try (HeldLock held = HeldLock.on(collection)) {
        firstQuestion = caller.submit(() -> ids(Filters.exists("pendingMails.0")));

        assertThatThrownBy(() -> firstQuestion.get(300, TimeUnit.MILLISECONDS))
            .as("the list is built between writes, so that it misses none").isInstanceOf(TimeoutException.class);
      }
      assertThat(firstQuestion.get(5, TimeUnit.SECONDS)).containsExactly("f-3");
    } finally {
      caller.shutdownNow();
    }
  }

  @Test
  void findsIdsOfOtherTypesByValue() {
    ObjectId generated = new ObjectId();
    families().insertOne(new Document("_id", generated).append("status", "actif"));
    families().insertOne(new Document("_id", 42L).append("status", "actif"));

    assertThat(families().find(idAnd(generated, "status", "actif")).first()).isNotNull();
    assertThat(families().find(idAnd(42, "status", "actif")).first())
        .as("an int finds the long it equals").isNotNull();
    assertThat(families().find(idAnd(42.0, "status", "archive")).first()).isNull();
    assertThat(scansOfFamilies()).isZero();
  }

  @Test
  void refusesASecondDocumentWithTheSameIdAndWritesOnlyKeysOfOtherTypesToTheIndexMap() throws Exception {
    UUID uuid = UUID.randomUUID();
    families().insertOne(new Document("_id", uuid).append("status", "actif"));
    families().deleteOne(eq("_id", "f-2"));
    families().insertOne(family("f-2", 1, "Bernard", "actif"));
    families().updateOne(eq("_id", "f-5"), set("status", "actif"), new UpdateOptions().upsert(true));

    for (Object taken : List.of("f-1", "f-2", "f-5", uuid)) {
      assertThatThrownBy(() -> families().insertOne(new Document("_id", taken)))
          .isInstanceOfSatisfying(MongoWriteException.class, refused -> assertThat(refused.getCode()).isEqualTo(11000));
    }
    assertThat(ids(Filters.in("_id", "f-1", "f-2", "f-5", "f-9"))).containsExactlyInAnyOrder("f-1", "f-2", "f-5");
    assertThat(families().find(eq("_id", uuid)).first()).isNotNull();
    assertThat(scansOfFamilies()).isZero();
    families().insertOne(new Document("_id", 42L).append("status", "actif"));
    assertThatThrownBy(() -> families().insertOne(new Document("_id", 42L)))
        .isInstanceOfSatisfying(MongoWriteException.class, refused -> assertThat(refused.getCode()).isEqualTo(11000));

    assertThat(ids(Filters.regex("_id", "^f-[15]"))).as("read through the index's entries")
        .containsExactlyInAnyOrder("f-1", "f-5");
    assertThat(scansOfFamilies()).isZero();

    // the data map holds the string and UUID keys; the index's own map only the others
    assertThat(indexMapValues(dataDir.resolve("mongo").resolve("portail.mv"))).containsExactly(42L);
  }

  @Test
  void writesTheDocumentsAsBson() throws Exception {
    Path file = dataDir.resolve("mongo").resolve("portail.mv");
    stop();
    MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
    try {
      MVMap<Object, byte[]> documents = store.openMap("databases." + DATABASE + "." + COLLECTION,
          new MVMap.Builder<Object, byte[]>().valueType(new RawValue()));
      assertThat(documents.values()).hasSize(3).allSatisfy(raw -> assertThat(raw[0]).isEqualTo(BsonDocumentType.MARKER));
      byte[] bson = documents.get("f-1");
      assertThat(new RawBsonDocument(bson, 1 + varIntLength(bson), bson.length - 1 - varIntLength(bson))
          .getString("name").getValue()).isEqualTo("Martin");
    } finally {
      store.close();
    }
    start(file);
  }

  @Test
  void neverChangesAStoredDocumentInPlaceWhichTheStoreMayBeWritingToTheFile() {
    MVMap<Object, de.bwaldvogel.mongo.bson.Document> documents = server.backend().getMvStore()
        .openMap("databases." + DATABASE + "." + COLLECTION);
    de.bwaldvogel.mongo.bson.Document before = documents.get("f-1");

    families().updateOne(idAnd("f-1", "revision", 7), combine(set("name", "Durand"), inc("revision", 1)));
    families().updateMany(eq("status", "actif"), set("note", "vu"));

    assertThat(before.get("name")).isEqualTo("Martin");
    assertThat(before.get("revision")).isEqualTo(7);
    assertThat(before).doesNotContainKey("note");
    assertThat(documents.get("f-1").get("name")).isEqualTo("Durand");
    assertThat(documents.get("f-1").get("note")).isEqualTo("vu");
  }

  @Test
  void keepsEveryKindOfValueAcrossRestart() throws Exception {
    Document stored = new Document("_id", "f-8")
        .append("text", "Zoé « Martin »").append("int", 7).append("long", 1L << 40).append("double", 0.5)
        .append("decimal", new Decimal128(new BigDecimal("12.34"))).append("yes", true).append("nothing", null)
        .append("date", new Date(1_780_000_000_000L)).append("objectId", new ObjectId())
        .append("uuid", UUID.randomUUID()).append("bytes", new Binary(new byte[] {1, 2, 3}))
        .append("nested", new Document("list", List.of(1, "deux", new Document("trois", 3.0))));
    families().insertOne(stored);
    stop();

    start();

    assertThat(families().find(eq("_id", "f-8")).first()).isEqualTo(stored);
  }

  @Test
  void reportsTheDataSizeOfItsDocumentsWhenAsked() {
    int before = collectionSize();
    families().updateOne(eq("_id", "f-1"), set("note", "x".repeat(1_000)));
    int grown = collectionSize();
    families().deleteOne(eq("_id", "f-1"));

    assertThat(before).isPositive();
    assertThat(grown - before).isBetween(1_000, 1_100);
    assertThat(collectionSize()).isLessThan(before);
  }

  @Test
  void keepsDataAcrossRestart() throws Exception {
    families().updateOne(idAnd("f-1", "revision", 7), inc("revision", 1));
    stop();

    start();

    assertThat(ids(idAnd("f-1", "revision", 8))).containsExactly("f-1");
    assertThat(ids(idAnd("f-1", "revision", 7))).isEmpty();
    assertThat(ids(eq("status", "actif"))).containsExactly("f-1", "f-2");
    assertThat(scansOfFamilies()).as("reopened collections also use the _id index").isEqualTo(1);
  }

  @Test
  void readsAFileWrittenByThePlainH2Backend() throws Exception {
    stop();
    Path written = dataDir.resolve("older").resolve("portail.mv");
    Files.createDirectories(written.getParent());
    MongoServer plain = new MongoServer(new H2Backend(written.toString()));
    try (MongoClient plainClient = MongoClients.create(plain.bindAndGetConnectionString())) {
      plainClient.getDatabase(DATABASE).getCollection(COLLECTION).insertOne(family("f-7", 2, "Roux", "actif"));
    } finally {
      plain.shutdown();
    }

    start(written);

    assertThat(ids(idAnd("f-7", "revision", 2))).containsExactly("f-7");
    assertThat(scansOfFamilies()).isZero();
    // its pages are written in this server's own way when they change, and read back after a restart
    families().updateOne(idAnd("f-7", "revision", 2), inc("revision", 1));
    families().insertOne(family("f-8", 1, "Blanc", "actif"));
    stop();
    start(written);
    assertThat(ids(eq("status", "actif"))).containsExactly("f-7", "f-8");
    assertThat(families().find(eq("_id", "f-7")).first().getInteger("revision")).isEqualTo(3);

    // the library's index entry goes with its document
    assertThat(indexMapValues(written)).containsExactly("f-7");
    families().deleteOne(eq("_id", "f-7"));
    assertThat(indexMapValues(written)).isEmpty();
    assertThat(ids(eq("status", "actif"))).containsExactly("f-8");
  }

  /** The values of the collection's {@code _id} index map as stored in {@code file}, read with the server stopped. */
  private List<Object> indexMapValues(Path file) throws Exception {
    stop();
    MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
    try {
      MVMap<Object, Object> index = store.openMap(DATABASE + "." + COLLECTION + "._index__id_");
      return new ArrayList<>(index.values());
    } finally {
      store.close();
      start(file);
    }
  }

  private void start() throws Exception {
    start(dataDir.resolve("mongo").resolve("portail.mv"));
  }

  private void start(Path file) throws Exception {
    server = new MongoWireServer(file, port);
    server.start();
    client = MongoClients.create("mongodb://localhost:" + port + "/?uuidRepresentation=standard");
  }

  private MongoCollection<Document> families() {
    return client.getDatabase(DATABASE).getCollection(COLLECTION);
  }

  private List<Object> ids(Bson filter) {
    return families().find(filter).map(family -> family.get("_id")).into(new ArrayList<>());
  }

  /** The lock a write of the collection takes, held by another thread until closed. */
  private record HeldLock(CountDownLatch release, Thread holder) implements AutoCloseable {

    static HeldLock on(Object collection) throws InterruptedException {
      CountDownLatch taken = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      Thread holder = new Thread(() -> {
        synchronized (collection) {
          taken.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      });
      holder.start();
      taken.await();
      return new HeldLock(release, holder);
    }

    @Override
    public void close() throws InterruptedException {
      release.countDown();
      holder.join();
    }
  }

  /** A stored value as its bytes: the marker, the length, the BSON. */
  private static final class RawValue extends BasicDataType<byte[]> {

    @Override
    public int getMemory(byte[] value) {
      return value.length;
    }

    @Override
    public void write(WriteBuffer buffer, byte[] value) {
      throw new UnsupportedOperationException("read only");
    }

    @Override
    public byte[] read(ByteBuffer buffer) {
      int start = buffer.position();
      buffer.get();
      int size = DataUtils.readVarInt(buffer);
      byte[] raw = new byte[buffer.position() - start + size];
      buffer.position(start);
      buffer.get(raw);
      return raw;
    }

    @Override
    public byte[][] createStorage(int size) {
      return new byte[size][];
    }
  }

  private static int varIntLength(byte[] raw) {
    int length = 1;
    while ((raw[length] & 0x80) != 0) {
      length++;
    }
    return length;
  }

  private int collectionSize() {
    return ((Number) client.getDatabase(DATABASE).runCommand(new Document("collStats", COLLECTION)).get("size"))
        .intValue();
  }

  private long scansOfFamilies() {
    return ((IdIndexedH2Collection) server.backend().resolveDatabase(DATABASE).resolveCollection(COLLECTION, true))
        .fullScans();
  }

  // the flat form Spring Data's Criteria.where("_id").is(id).and(field).is(value) sends
  private static Document idAnd(Object id, String field, Object value) {
    return new Document("_id", id).append(field, value);
  }

  private static Document in(Object... ids) {
    return new Document("$in", List.of(ids));
  }

  private static Document family(String id, int revision, String name, String status) {
    return new Document("_id", id).append("revision", revision).append("name", name).append("status", status);
  }
}
