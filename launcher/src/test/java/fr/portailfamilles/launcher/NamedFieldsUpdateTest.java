package fr.portailfamilles.launcher;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.max;
import static com.mongodb.client.model.Updates.pull;
import static com.mongodb.client.model.Updates.pushEach;
import static com.mongodb.client.model.Updates.rename;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;
import static com.mongodb.client.model.Updates.unset;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each update applied by the launcher's wire server and by mongo-java-server's own H2 backend to
 * the same documents: the same answers, the same documents stored, the same errors.
 */
class NamedFieldsUpdateTest {

  private static final String DATABASE = "portail_check";
  private static final String COLLECTION = "registrations";

  @TempDir
  Path dataDir;

  private MongoWireServer ours;
  private MongoServer library;
  private MongoClient oursClient;
  private MongoClient libraryClient;

  @BeforeEach
  void startBothWithTheSameRegistrations() throws Exception {
    int port = Ports.free(1)[0];
    ours = new MongoWireServer(dataDir.resolve("ours").resolve("portail.mv"), port);
    ours.start();
    oursClient = MongoClients.create("mongodb://localhost:" + port);
    library = new MongoServer(new H2Backend(dataDir.resolve("library.mv").toString()));
    libraryClient = MongoClients.create(library.bindAndGetConnectionString());
    both(collection -> {
      collection.insertMany(List.of(registration("r-1"), registration("r-2")));
      return null;
    });
  }

  @AfterEach
  void stop() {
    oursClient.close();
    libraryClient.close();
    ours.close();
    library.shutdown();
  }

  @Test
  void setsAndIncrementsFieldsAndPathsIntoListsAndDocuments() {
    sameOutcome(eq("_id", "r-1"), combine(inc("revision", 1), set("cells.1.state", "CONFIRMED"),
        set("progress.req-1.decided", 2), set("status", "ACTIVE")));
  }

  @Test
  void pushesWithEachAndSliceAndPullsByCondition() {
    sameOutcome(eq("_id", "r-1"), combine(pushEach("appliedEvents", List.of("e-3", "e-4"),
        new PushOptions().slice(-3)), pull("outbox", new Document("eventId", "o-1")),
        addToSet("tags", "aps"), max("revision", 9)));
  }

  @Test
  void unsetsPresentAndAbsentFieldsAndIgnoresSetOnInsertOfAnExistingDocument() {
    sameOutcome(eq("_id", "r-2"), combine(unset("status"), unset("missing"), setOnInsert("created", "now")));
  }

  @Test
  void countsASameValueMatchedButNotModified() {
    sameOutcome(eq("_id", "r-1"), set("status", "ACTIVE"));
    sameOutcome(eq("_id", "r-1"), combine(set("revision", 7.0), set("cells.0.state", "REQUESTED")));
  }

  @Test
  void matchesNothingOrEveryDocumentOrInsertsOnUpsert() {
    sameOutcome(and(eq("_id", "r-1"), eq("revision", 6)), inc("revision", 1));
    sameManyOutcome(eq("status", "ACTIVE"), pushEach("appliedEvents", List.of("e-9"), new PushOptions()));
    sameOutcome(eq("_id", "r-3"), combine(setOnInsert("status", "NEW"), inc("revision", 1)),
        new UpdateOptions().upsert(true));
  }

  @Test
  void refusesWhatTheLibraryRefuses() {
    sameOutcome(eq("_id", "r-1"), set("_id", "r-9"));
    sameOutcome(eq("_id", "r-1"), combine(set("cells.0.state", "X"), set("cells", List.of())));
    sameOutcome(eq("_id", "r-1"), inc("status", 1));
    sameOutcome(eq("_id", "r-1"), pushEach("status", List.of("x"), new PushOptions()));
  }

  @Test
  void leavesToTheLibraryWhatItDoesNotTake() {
    sameOutcome(eq("_id", "r-1"), rename("status", "state"));
    sameOutcome(and(eq("_id", "r-1"), eq("cells.date", "2026-12-02")), set("cells.$.state", "CANCELLED"));
  }

  @Test
  void copiesOnlyTheFieldsTheUpdateNamesAndNeverChangesTheStoredOnes() {
    MVMap<Object, de.bwaldvogel.mongo.bson.Document> stored = ours.backend().getMvStore()
        .openMap("databases." + DATABASE + "." + COLLECTION);
    de.bwaldvogel.mongo.bson.Document before = stored.get("r-1");
    Object cellsBefore = before.get("cells");
    String cellsAsTheyWere = String.valueOf(cellsBefore);

    ours().updateOne(eq("_id", "r-1"), combine(set("cells.0.state", "CANCELLED"),
        pushEach("appliedEvents", List.of("e-5"), new PushOptions())));

    assertThat(before.get("cells")).isSameAs(cellsBefore);
    assertThat(String.valueOf(cellsBefore)).isEqualTo(cellsAsTheyWere);
    assertThat(before.get("appliedEvents")).isEqualTo(List.of("e-1", "e-2"));
    assertThat(stored.get("r-1").get("appliedEvents")).isEqualTo(List.of("e-1", "e-2", "e-5"));
    assertThat(stored.get("r-1").get("progress")).as("a field the update does not name is not copied")
        .isSameAs(before.get("progress"));
  }

  /** The same single-document update on both servers: same answer (or error), same documents after. */
  private void sameOutcome(Bson filter, Bson update) {
    sameOutcome(filter, update, new UpdateOptions());
  }

  private void sameOutcome(Bson filter, Bson update, UpdateOptions options) {
    List<Object> answers = both(collection -> outcome(() -> collection.updateOne(filter, update, options)));
    assertThat(answers.get(0)).isEqualTo(answers.get(1));
    assertSameDocuments();
  }

  private void sameManyOutcome(Bson filter, Bson update) {
    List<Object> answers = both(collection -> outcome(() -> collection.updateMany(filter, update)));
    assertThat(answers.get(0)).isEqualTo(answers.get(1));
    assertSameDocuments();
  }

  private void assertSameDocuments() {
    List<Object> documents = both(collection -> collection.find().into(new ArrayList<>()));
    assertThat(documents.get(0)).isEqualTo(documents.get(1));
  }

  /** What a client sees of an update: its counts and upserted id, or the server's error code and message. */
  private static Object outcome(Supplier<UpdateResult> update) {
    try {
      UpdateResult result = update.get();
      return List.of(result.getMatchedCount(), result.getModifiedCount(), String.valueOf(result.getUpsertedId()));
    } catch (MongoException refused) {
      return List.of(refused.getCode(), String.valueOf(refused.getMessage()).replaceAll("server \\S*\\.", "server."));
    }
  }

  /** The answers of {@code action} on this server, then on the library's own. */
  private List<Object> both(Function<MongoCollection<Document>, Object> action) {
    List<Object> answers = new ArrayList<>();
    answers.add(action.apply(ours()));
    answers.add(action.apply(libraryClient.getDatabase(DATABASE).getCollection(COLLECTION)));
    return answers;
  }

  private MongoCollection<Document> ours() {
    return oursClient.getDatabase(DATABASE).getCollection(COLLECTION);
  }

  private static Document registration(String id) {
    return new Document("_id", id).append("revision", 7).append("status", "ACTIVE")
        .append("cells", List.of(new Document("date", "2026-12-01").append("state", "REQUESTED"),
            new Document("date", "2026-12-02").append("state", "REQUESTED")))
        .append("progress", new Document("req-1", new Document("sent", 2).append("decided", 1)))
        .append("appliedEvents", List.of("e-1", "e-2"))
        .append("tags", List.of("aps"))
        .append("outbox", List.of(new Document("eventId", "o-1"), new Document("eventId", "o-2")));
  }
}
