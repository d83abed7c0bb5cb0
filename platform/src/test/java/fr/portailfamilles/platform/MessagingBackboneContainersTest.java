package fr.portailfamilles.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.platform.outbox.EventPublisher;
import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.platform.outbox.OutboxEvents;
import fr.portailfamilles.platform.outbox.OutboxProperties;
import fr.portailfamilles.platform.outbox.OutboxRelay;
import fr.portailfamilles.platform.outbox.TracedPublishing;
import fr.portailfamilles.platform.test.KafkaProbe;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The relay-crash scenario on the real products the town deploys (Apache Kafka, MongoDB replica
 * set) rather than the embedded stand-ins. Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MessagingBackboneContainersTest {

    @Container
    static final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");

    @Container
    static final MongoDBContainer mongoDb = new MongoDBContainer("mongo:8.0");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.stream.kafka.binder.brokers", kafka::getBootstrapServers);
        registry.add("spring.mongodb.uri", () -> mongoDb.getReplicaSetUrl("portail_test"));
    }

    @Autowired MongoTemplate mongo;
    @Autowired EventPublisher publisher;
    @Autowired OutboxEvents outboxEvents;
    @Autowired Tracer tracer;
    @Autowired Propagator propagator;

    @Test
    void relayCrashLosesNothingAndTheConsumerAppliesOnce() {
        String counter = "counter-" + UUID.randomUUID();
        OutboxEvent increment = outboxEvents.create("test.increment.v1", counter,
                "fr.portailfamilles.test.increment.v1", Map.of("counterId", counter, "by", 1));
        mongo.upsert(Query.query(Criteria.where("_id").is(counter)), new Update().push(OutboxEvent.FIELD, increment),
                "crash_counters");
        EventPublisher crashesAfterAck = event -> {
            publisher.publish(event);
            throw new IllegalStateException("relay killed after the ack");
        };
        assertThatThrownBy(() -> relay(crashesAfterAck).relayOnce()).isInstanceOf(IllegalStateException.class);
        assertThat(relay(publisher).relayOnce()).isEqualTo(1);

        try (KafkaProbe probe = new KafkaProbe(kafka.getBootstrapServers(), "test.increment.v1")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> probe.received("test.increment.v1", counter).size() == 2);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Document document = mongo.findById(counter, Document.class, "counters");
            return document != null && ((Number) document.get("value")).intValue() == 1;
        });
    }

    private OutboxRelay relay(EventPublisher eventPublisher) {
        return new OutboxRelay(mongo, eventPublisher,
                new OutboxProperties(List.of("crash_counters"), Duration.ofMillis(100), 10, "version",
                        Duration.ofSeconds(30), Duration.ofSeconds(5)),
                new TracedPublishing(tracer, propagator), new SimpleMeterRegistry());
    }
}
