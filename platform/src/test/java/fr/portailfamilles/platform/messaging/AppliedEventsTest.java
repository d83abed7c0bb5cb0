package fr.portailfamilles.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoClientSettings;
import com.mongodb.ServerAddress;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.bulk.BulkWriteUpsert;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fr.portailfamilles.platform.messaging.AppliedEvents.Change;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/** Events applied to documents once each, one by one or a batch at a time. */
class AppliedEventsTest {

    private static final String COLLECTION = "counters";

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + server.bind().getPort()))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    commands.add(event.getCommandName());
                }
            })
            .build());
    private final MongoTemplate mongo = new MongoTemplate(client, "applied");
    private final AppliedEvents appliedEvents = new AppliedEvents(mongo);

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aBatchIsWrittenByOneCommandInItsOrderAndAsOneByOneWouldWriteIt() {
        List<Change> batch = List.of(increment("a", "e1", 1), increment("b", "e2", 10), increment("a", "e3", 100),
                new Change("a", "e4", new Update().set("last", LocalDate.of(2027, 1, 4))));

        appliedEvents.applyAllOnce(COLLECTION, batch, true);

        assertThat(commands).containsExactly("update");
        Document a = document("a");
        assertThat(a.getInteger("value")).isEqualTo(101);
        assertThat(a.getList(AppliedEvents.FIELD, String.class)).containsExactly("e1", "e3", "e4");
        Document oneByOne = document("one-by-one", "e5", new Update().set("last", LocalDate.of(2027, 1, 4)));
        assertThat(a.get("last")).as("values converted as MongoTemplate converts them").isEqualTo(oneByOne.get("last"));
        assertThat(document("b").getInteger("value")).isEqualTo(10);
    }

    @Test
    void anEventAppliedAlreadyIsSkippedAndTheOnesAfterItAreApplied() {
        appliedEvents.applyAllOnce(COLLECTION, List.of(increment("a", "e1", 1), increment("b", "e2", 10)), true);

        // redelivered: e1 and e2 again, among new events, e2 twice in the same batch
        appliedEvents.applyAllOnce(COLLECTION, List.of(increment("c", "e3", 1000), increment("a", "e1", 1),
                increment("a", "e4", 100), increment("b", "e2", 10), increment("b", "e2", 10),
                increment("b", "e5", 20)), true);

        assertThat(document("a").getInteger("value")).isEqualTo(101);
        assertThat(document("b").getInteger("value")).isEqualTo(30);
        assertThat(document("c").getInteger("value")).isEqualTo(1000);
        assertThat(document("b").getList(AppliedEvents.FIELD, String.class)).containsExactly("e2", "e5");
    }

    @Test
    void withoutUpsertAMissingDocumentIsLeftMissing() {
        appliedEvents.applyAllOnce(COLLECTION, List.of(increment("a", "e1", 1)), true);

        appliedEvents.applyAllOnce(COLLECTION, List.of(increment("missing", "e2", 1), increment("a", "e1", 1),
                increment("a", "e3", 10)), false);

        assertThat(mongo.getCollection(COLLECTION).countDocuments()).isEqualTo(1);
        assertThat(document("a").getInteger("value")).isEqualTo(11);
    }

    @Test
    void aChangeThatCannotBeWrittenFailsAfterTheOnesBeforeIt() {
        appliedEvents.applyAllOnce(COLLECTION, List.of(new Change("a", "e1", new Update().set("value", "text"))),
                true);

        assertThatThrownBy(() -> appliedEvents.applyAllOnce(COLLECTION, List.of(increment("b", "e2", 1),
                increment("a", "e3", 1), increment("c", "e4", 1)), true))
                .isInstanceOf(DataAccessException.class);

        assertThat(document("b").getInteger("value")).isEqualTo(1);
        assertThat(document("a").getString("value")).isEqualTo("text");
        assertThat(document("a").getList(AppliedEvents.FIELD, String.class)).containsExactly("e1");
    }

    @Test
    void oneEventAtATimeTellsWhetherItWasApplied() {
        assertThat(appliedEvents.applyOnce(COLLECTION, "a", "e1", new Update().inc("value", 1), true)).isTrue();
        assertThat(appliedEvents.applyOnce(COLLECTION, "a", "e1", new Update().inc("value", 1), true)).isFalse();
        assertThat(appliedEvents.applyOnce(COLLECTION, "missing", "e2", new Update().inc("value", 1), false))
                .isFalse();
        assertThat(document("a").getInteger("value")).isEqualTo(1);
    }

    @Test
    void whereMongoDbStopsAnOrderedBulkWriteAtAnEventAppliedAlreadyTheRestIsSentAgain() {
        // MongoDB (unlike the in-memory server above) executes nothing after an ordered bulk write's first error
        List<Integer> sentSizes = new CopyOnWriteArrayList<>();
        MongoCollection<?> stoppingOnce = (MongoCollection<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MongoCollection.class}, (proxy, method, arguments) -> {
                    if (!method.getName().equals("bulkWrite")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    List<?> sent = (List<?>) arguments[0];
                    sentSizes.add(sent.size());
                    if (sentSizes.size() == 1) { // the second change was applied already: the first one only is written
                        throw new MongoBulkWriteException(BulkWriteResult.acknowledged(0, 0, 0, 0,
                                List.of(new BulkWriteUpsert(0, new BsonString("a"))), List.of()),
                                List.of(new BulkWriteError(11000, "E11000 duplicate key", new BsonDocument(), 1)),
                                null, new ServerAddress(), Set.of());
                    }
                    return BulkWriteResult.acknowledged(0, 0, 0, 0, List.of(), List.of());
                });
        AppliedEvents stopping = new AppliedEvents(new MongoTemplate(client, "applied") {
            @Override
            public MongoCollection<Document> getCollection(String collectionName) {
                @SuppressWarnings("unchecked")
                MongoCollection<Document> collection = (MongoCollection<Document>) stoppingOnce;
                return collection;
            }
        });

        stopping.applyAllOnce(COLLECTION, List.of(increment("a", "e1", 1), increment("b", "e2", 1),
                increment("c", "e3", 1), increment("d", "e4", 1)), true);

        assertThat(sentSizes).containsExactly(4, 2);
    }

    private static Change increment(String id, String eventId, int by) {
        return new Change(id, eventId, new Update().inc("value", by));
    }

    private Document document(String id, String eventId, Update update) {
        appliedEvents.applyOnce(COLLECTION, id, eventId, update, true);
        return document(id);
    }

    private Document document(String id) {
        return mongo.getCollection(COLLECTION).find(new Document("_id", id)).first();
    }
}
