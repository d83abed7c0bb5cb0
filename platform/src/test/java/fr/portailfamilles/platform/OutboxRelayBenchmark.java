package fr.portailfamilles.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import fr.portailfamilles.platform.outbox.EventPublisher;
import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.platform.outbox.OutboxEvents;
import fr.portailfamilles.platform.outbox.OutboxProperties;
import fr.portailfamilles.platform.outbox.OutboxRelay;
import fr.portailfamilles.platform.outbox.TracedPublishing;
import fr.portailfamilles.platform.test.PortailServiceTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A micro-figure, not a test: how many events per second the relay moves from a MongoDB wire
 * server with the H2 backend (as the embedded stack runs it) to the embedded broker, for an
 * opening-morning shape of outbox: documents of 21 events (a registration after a request of 20
 * cells) and documents of a few (slots). Surefire does not pick it up; run it on purpose:
 * <pre>
 * ./mvnw -o -B test -pl platform -Dtest=OutboxRelayBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * and read the figures in {@code platform/target/surefire-reports/*OutboxRelayBenchmark-output.txt}
 * (lines starting with {@code OUTBOX-BENCH}). It also prints the relay as it was before batching
 * (one synchronous send and one update per event), which is best measured with
 * {@code -Dspring.cloud.stream.kafka.binder.producer-properties.linger.ms=0}, the setting it had.
 */
@PortailServiceTest
class OutboxRelayBenchmark {

    static final String TOPIC = "bench.outbox.v1";
    static final int REGISTRATIONS = Integer.getInteger("bench.registrations", 200);
    static final int SLOTS = Integer.getInteger("bench.slots", 400);

    @Autowired EventPublisher publisher;
    @Autowired OutboxEvents outboxEvents;
    @Autowired Tracer tracer;
    @Autowired Propagator propagator;
    @Value("${spring.cloud.stream.kafka.binder.producer-properties.linger.ms}") String lingerMs;

    Path store;
    MongoServer server;
    MongoClient client;
    MongoTemplate mongo;

    @BeforeEach
    void startStore() throws Exception {
        store = Files.createTempDirectory("outbox-bench");
        server = new MongoServer(new H2Backend(store.resolve("bench.mv").toString()));
        String address = server.bind().getHostString() + ":" + server.getLocalAddress().getPort();
        client = MongoClients.create("mongodb://" + address);
        mongo = new MongoTemplate(client, "bench");
        publisher.publish(outboxEvents.create(TOPIC, "warm-up", "fr.portailfamilles.bench.v1", Map.of()));
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdown();
    }

    @Test
    void relaysAnOpeningMorningOutbox() {
        for (int round = 1; round <= 2; round++) {
            measure("batched, round " + round, "batched_" + round, collection -> {
                OutboxRelay relay = new OutboxRelay(mongo, publisher, new OutboxProperties(List.of(collection),
                        Duration.ofMillis(100), 200, "version", Duration.ofSeconds(150),
                        Duration.ofSeconds(5)),
                        new TracedPublishing(tracer, propagator), new SimpleMeterRegistry());
                return relay::relayOnce;
            });
        }
        measure("one event at a time (before batching)", "sequential", collection -> () -> relayOneByOne(collection));
    }

    private void measure(String mode, String collection, java.util.function.Function<String, IntSupplier> relay) {
        int written = fill(collection);
        IntSupplier pass = relay.apply(collection);
        long started = System.nanoTime();
        int relayed = 0;
        int passes = 0;
        for (int count = pass.getAsInt(); count > 0; count = pass.getAsInt()) {
            relayed += count;
            passes++;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(relayed).isEqualTo(written);
        System.out.printf("OUTBOX-BENCH %s: %d events of %d documents in %.2f s over %d passes = %.0f events/s "
                + "(linger.ms=%s, %d cores)%n", mode, relayed, REGISTRATIONS + SLOTS, seconds, passes,
                relayed / seconds, lingerMs, Runtime.getRuntime().availableProcessors());
    }

    /** The relay's loop before batching: a synchronous send, then one update per event. */
    private int relayOneByOne(String collection) {
        MongoCollection<Document> documents = mongo.getCollection(collection);
        int count = 0;
        for (Document document : documents.find(Filters.exists(OutboxEvent.FIELD + ".0")).limit(200)) {
            for (Document pending : document.getList(OutboxEvent.FIELD, Document.class)) {
                OutboxEvent event = mongo.getConverter().read(OutboxEvent.class, pending);
                publisher.publish(event);
                documents.updateOne(Filters.eq("_id", document.get("_id")), Updates.combine(
                        Updates.pull(OutboxEvent.FIELD, Filters.eq("eventId", event.eventId())),
                        Updates.inc("version", 1L)));
                count++;
            }
        }
        return count;
    }

    private int fill(String collection) {
        int written = 0;
        for (int i = 0; i < REGISTRATIONS + SLOTS; i++) {
            String id = "doc-" + UUID.randomUUID();
            int events = i < REGISTRATIONS ? 21 : 3;
            List<OutboxEvent> outbox = new ArrayList<>();
            IntStream.range(0, events).forEach(seq -> outbox.add(outboxEvents.create(TOPIC, id,
                    "fr.portailfamilles.bench.v1", Map.of("document", id, "seq", seq, "date", "2026-12-0" + seq % 9))));
            mongo.upsert(Query.query(Criteria.where("_id").is(id)),
                    new Update().set("version", 0L).set("cells", List.of("a", "b", "c"))
                            .push(OutboxEvent.FIELD).each(outbox.toArray()), collection);
            written += events;
        }
        return written;
    }
}
