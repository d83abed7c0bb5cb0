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
import fr.portailfamilles.platform.test.PortailServiceTest;
import fr.portailfamilles.platform.test.SharedInfrastructure;
import fr.portailfamilles.platform.testapp.Counters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binding.BindingService;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.test.util.ReflectionTestUtils;

/** The reliable-messaging backbone on a real (embedded) Kafka broker and MongoDB wire server. */
@PortailServiceTest
class MessagingBackboneTest {

    static final String INCREMENT_TOPIC = "test.increment.v1";
    static final String INCREMENT_TYPE = "fr.portailfamilles.test.increment.v1";

    @Autowired MongoTemplate mongo;
    @Autowired EventPublisher publisher;
    @Autowired OutboxEvents outboxEvents;
    @Autowired Tracer tracer;
    @Autowired Propagator propagator;
    @Autowired MeterRegistry meters;
    @Autowired BindingService bindings;

    KafkaProbe kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrap(), Counters.COUNTED_TOPIC,
                INCREMENT_TOPIC, INCREMENT_TOPIC + ".dlt");
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void redeliveredEventChangesNothing() {
        String counter = "counter-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        kafka.send(INCREMENT_TOPIC, counter, eventId, INCREMENT_TYPE, increment(counter, 1));
        kafka.send(INCREMENT_TOPIC, counter, eventId, INCREMENT_TYPE, increment(counter, 1));
        // a later event on the same key proves both copies were consumed before we assert
        kafka.send(INCREMENT_TOPIC, counter, UUID.randomUUID().toString(), INCREMENT_TYPE,
                increment(counter, 10));

        await().atMost(Duration.ofSeconds(30)).until(() -> valueOf(counter) == 11);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> kafka.received(Counters.COUNTED_TOPIC, counter).size() == 2);
        assertThat(valueOf(counter)).isEqualTo(11);
        assertThat(kafka.received(Counters.COUNTED_TOPIC, counter)).hasSize(2);
    }

    @Test
    void relayCrashBetweenWriteAndPublishLosesNothing() {
        String counter = "counter-" + UUID.randomUUID();
        OutboxEvent increment = outboxEvents.create(INCREMENT_TOPIC, counter, INCREMENT_TYPE,
                Map.of("counterId", counter, "by", 1));
        mongo.upsert(Query.query(Criteria.where("_id").is(counter)), new Update().push(OutboxEvent.FIELD, increment),
                "crash_counters");
        EventPublisher crashesBeforeAck = event -> {
            throw new IllegalStateException("relay process killed before the broker acknowledged");
        };
        SimpleMeterRegistry crashedRelayMeters = new SimpleMeterRegistry();
        assertThatThrownBy(() -> relay(crashesBeforeAck, crashedRelayMeters).relayOnce())
                .isInstanceOf(IllegalStateException.class);
        assertThat(pendingIn("crash_counters", counter)).hasSize(1);
        assertThat(crashedRelayMeters.get("portail.outbox.backlog").gauge().value()).isEqualTo(1.0);

        EventPublisher crashesAfterAck = event -> {
            publisher.publish(event);
            throw new IllegalStateException("relay process killed after the ack, before removing the event");
        };
        assertThatThrownBy(() -> relay(crashesAfterAck, new SimpleMeterRegistry()).relayOnce())
                .isInstanceOf(IllegalStateException.class);
        assertThat(pendingIn("crash_counters", counter)).hasSize(1);

        SimpleMeterRegistry restartedRelayMeters = new SimpleMeterRegistry();
        assertThat(relay(publisher, restartedRelayMeters).relayOnce()).isEqualTo(1);
        assertThat(pendingIn("crash_counters", counter)).isEmpty();
        assertThat(restartedRelayMeters.get("portail.outbox.backlog").gauge().value()).isZero();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> kafka.received(INCREMENT_TOPIC, counter).size() == 2);
        assertThat(kafka.received(INCREMENT_TOPIC, counter))
                .extracting(r -> KafkaProbe.header(r, "ce_id")).containsOnly(increment.eventId());
        // the event went out twice; the idempotent consumer applied it once
        await().atMost(Duration.ofSeconds(30)).until(() -> valueOf(counter) == 1);
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5)).until(() -> valueOf(counter) == 1);
    }

    @Test
    void publishedEventsCarryCloudEventsHeadersAndContinueTheTrace() {
        String counter = "counter-" + UUID.randomUUID();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String traceparent = "00-" + traceId + "-00f067aa0ba902b7-01";
        kafka.sendTraced(INCREMENT_TOPIC, counter, UUID.randomUUID().toString(), INCREMENT_TYPE,
                increment(counter, 2), traceparent);

        await().atMost(Duration.ofSeconds(30)).until(() -> kafka.received(Counters.COUNTED_TOPIC, counter).size() == 1);
        ConsumerRecord<String, String> counted = kafka.received(Counters.COUNTED_TOPIC, counter).get(0);
        assertThat(KafkaProbe.header(counted, "ce_id")).isNotBlank();
        assertThat(KafkaProbe.header(counted, "ce_type")).isEqualTo("fr.portailfamilles.test.counted.v1");
        assertThat(KafkaProbe.header(counted, "ce_source")).isEqualTo("/portail-familles/platform-test");
        assertThat(Instant.parse(KafkaProbe.header(counted, "ce_time"))).isBeforeOrEqualTo(Instant.now());
        assertThat(KafkaProbe.header(counted, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaProbe.header(counted, "traceparent")).contains(traceId);
        assertThat(counted.value()).contains("\"counterId\":\"" + counter + "\"");
    }

    @Test
    void whatAConsumerAppliedIsCommittedOnceTheTopicIsQuiet() throws Exception {
        // the binder applied the platform's default: commits on a timer, not after each poll
        Object endpoint = ReflectionTestUtils.getField(bindings.getConsumerBindings("countIncrement-in-0").get(0),
                "lifecycle");
        AbstractMessageListenerContainer<?, ?> container = (AbstractMessageListenerContainer<?, ?>)
                ReflectionTestUtils.getField(endpoint, "messageListenerContainer");
        assertThat(container.getContainerProperties().getAckMode()).isEqualTo(ContainerProperties.AckMode.TIME);
        assertThat(container.getContainerProperties().getAckTime()).isEqualTo(1000L);

        String counter = "counter-" + UUID.randomUUID();
        kafka.send(INCREMENT_TOPIC, counter, UUID.randomUUID().toString(), INCREMENT_TYPE, increment(counter, 3));
        await().atMost(Duration.ofSeconds(30)).until(() -> valueOf(counter) == 3);

        // with nothing more arriving, what was applied must not wait for a next record to be committed
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.get().kafkaBootstrap()))) {
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(INCREMENT_TOPIC)).allTopicNames()
                    .get().get(INCREMENT_TOPIC).partitions().stream().collect(Collectors.toMap(
                            partition -> new TopicPartition(INCREMENT_TOPIC, partition.partition()),
                            partition -> OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = admin.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, end -> end.getValue().offset()));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("platform-test")
                        .partitionsToOffsetAndMetadata().get();
                return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                        || committed.get(end.getKey()) != null
                        && committed.get(end.getKey()).offset() >= end.getValue());
            });
        }
    }

    @Test
    void poisonEventGoesToDeadLetterTopicAfterBoundedRetries() {
        String counter = "counter-" + UUID.randomUUID();
        kafka.send(INCREMENT_TOPIC, counter, UUID.randomUUID().toString(), INCREMENT_TYPE,
                increment(counter, -5));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> kafka.received(INCREMENT_TOPIC + ".dlt", counter).size() == 1);
        assertThat(meters.get("portail.messaging.dead.letters").tag("topic", INCREMENT_TOPIC).counter().count())
                .isGreaterThanOrEqualTo(1.0);
        assertThat(mongo.findById(counter, Document.class, Counters.COLLECTION)).isNull();
    }

    private OutboxRelay relay(EventPublisher eventPublisher, MeterRegistry relayMeters) {
        return new OutboxRelay(mongo, eventPublisher,
                new OutboxProperties(List.of("crash_counters"), Duration.ofMillis(100), 10, "version",
                        Duration.ofSeconds(30), Duration.ofSeconds(5)),
                new TracedPublishing(tracer, propagator), relayMeters);
    }

    private List<Document> pendingIn(String collection, String id) {
        Document document = mongo.findById(id, Document.class, collection);
        return document == null ? List.of() : document.getList(OutboxEvent.FIELD, Document.class);
    }

    private long valueOf(String counter) {
        Document document = mongo.findById(counter, Document.class, Counters.COLLECTION);
        return document == null ? 0 : ((Number) document.get("value")).longValue();
    }

    private static String increment(String counter, int by) {
        return "{\"counterId\":\"" + counter + "\",\"by\":" + by + "}";
    }
}
