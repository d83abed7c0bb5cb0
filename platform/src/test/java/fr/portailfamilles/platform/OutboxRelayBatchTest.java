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
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The relay's batches: many events per pass, one removal per document, and only what the broker acknowledged. */
@PortailServiceTest
class OutboxRelayBatchTest {

    static final String TOPIC = "test.relay.batch.v1";
    static final String TYPE = "fr.portailfamilles.test.relayed.v1";
    static final int EVENTS_PER_DOCUMENT = 21;

    @Autowired MongoTemplate mongo;
    @Autowired EventPublisher publisher;
    @Autowired OutboxEvents outboxEvents;
    @Autowired Tracer tracer;
    @Autowired Propagator propagator;

    KafkaProbe kafka;
    final String collection = "relay_" + UUID.randomUUID().toString().replace("-", "");

    @BeforeEach
    void connect() {
        // the topic exists before the probe subscribes, so that it sees it at once
        publisher.publish(outboxEvents.create(TOPIC, "warm-up", TYPE, Map.of("seq", -1)));
        kafka = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrap(), TOPIC);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void publishesEveryEventOfManyDocumentsInOrderAndRemovesThemWithOneUpdatePerDocument() {
        Span request = tracer.nextSpan().name("a reservation request").start();
        List<String> documents;
        try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
            documents = IntStream.range(0, 40).mapToObj(i -> aDocumentWithPendingEvents()).toList();
        } finally {
            request.end();
        }
        SimpleMeterRegistry meters = new SimpleMeterRegistry();

        assertThat(relay(publisher, meters, Duration.ofSeconds(30)).relayOnce())
                .isEqualTo(40 * EVENTS_PER_DOCUMENT);

        for (String document : documents) {
            assertThat(pendingIn(document)).isEmpty();
            assertThat(versionOf(document)).as("one update per document bumps the version once").isEqualTo(1L);
        }
        assertThat(meters.get("portail.outbox.published").counter().count()).isEqualTo(40.0 * EVENTS_PER_DOCUMENT);
        assertThat(meters.get("portail.outbox.backlog").gauge().value()).isZero();
        assertThat(meters.get("portail.outbox.pass").timer().count()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(60)).until(() -> received(documents).size() == 40 * EVENTS_PER_DOCUMENT);
        for (String document : documents) {
            assertThat(sequenceReceived(document)).as("events of %s in outbox order", document)
                    .containsExactlyElementsOf(IntStream.range(0, EVENTS_PER_DOCUMENT).boxed().toList());
        }
        ConsumerRecord<String, String> last = kafka.received(TOPIC, documents.get(39)).get(EVENTS_PER_DOCUMENT - 1);
        assertThat(KafkaProbe.header(last, "ce_id")).isNotBlank();
        assertThat(KafkaProbe.header(last, "ce_type")).isEqualTo(TYPE);
        assertThat(KafkaProbe.header(last, "ce_source")).isEqualTo("/portail-familles/platform-test");
        assertThat(Instant.parse(KafkaProbe.header(last, "ce_time"))).isBeforeOrEqualTo(Instant.now());
        assertThat(KafkaProbe.header(last, "ce_specversion")).isEqualTo("1.0");
        assertThat(received(documents)).allSatisfy(record -> assertThat(KafkaProbe.header(record, "traceparent"))
                .as("the trace of the request that wrote the event goes on").contains(request.context().traceId()));
    }

    @Test
    void aPassOverNamedDocumentsReadsOnlyThemAndLeavesTheOthersToTheSweep() {
        String named = aDocumentWithPendingEvents();
        String unnamed = aDocumentWithPendingEvents();
        String alreadyRelayed = aDocumentWithPendingEvents();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(alreadyRelayed)), new Update().unset(OutboxEvent.FIELD),
                collection);
        List<String> handedOver = new CopyOnWriteArrayList<>();
        EventPublisher recording = event -> {
            handedOver.add(event.eventId());
            return publisher.publishAsync(event);
        };
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay relay = relay(recording, meters, Duration.ofSeconds(30));
        List<String> unnamedEvents = range(0, EVENTS_PER_DOCUMENT).stream().map(seq -> eventIdAt(unnamed, seq)).toList();

        relay.wake(collection, named);
        relay.wake(collection, alreadyRelayed);
        relay.wake(collection, "doc-never-written");
        assertThat(relay.relayNamed()).isEqualTo(EVENTS_PER_DOCUMENT);
        assertThat(sequencePending(named)).isEmpty();
        assertThat(sequencePending(unnamed)).hasSize(EVENTS_PER_DOCUMENT);
        assertThat(handedOver).hasSize(EVENTS_PER_DOCUMENT).doesNotContainAnyElementsOf(unnamedEvents);
        assertThat(relay.relayNamed()).as("a naming is read once").isZero();

        assertThat(relay.relayOnce()).as("the sweep finds what nobody named").isEqualTo(EVENTS_PER_DOCUMENT);
        assertThat(sequencePending(unnamed)).isEmpty();
        assertThat(meters.get("portail.outbox.backlog").gauge().value()).isZero();
        await().atMost(Duration.ofSeconds(60)).until(() -> sequenceReceived(named).size() == EVENTS_PER_DOCUMENT
                && sequenceReceived(unnamed).size() == EVENTS_PER_DOCUMENT);
        assertThat(sequenceReceived(named)).containsExactlyElementsOf(range(0, EVENTS_PER_DOCUMENT));
        assertThat(sequenceReceived(unnamed)).containsExactlyElementsOf(range(0, EVENTS_PER_DOCUMENT));
        assertThatThrownBy(() -> relay.wake("not_an_outbox", named)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailedSendKeepsThatEventAndItsSuccessorsPendingUntilTheNextPasses() {
        String failing = aDocumentWithPendingEvents();
        String healthy = aDocumentWithPendingEvents();
        String refusedAtOnce = aDocumentWithPendingEvents();
        String nackedEventId = eventIdAt(failing, 3);
        String refusedEventId = eventIdAt(refusedAtOnce, 0);
        List<String> handedOver = new CopyOnWriteArrayList<>();
        AtomicBoolean brokerRefuses = new AtomicBoolean(true);
        EventPublisher brokerRefusingTwoEvents = event -> {
            handedOver.add(event.eventId());
            if (brokerRefuses.get() && event.eventId().equals(nackedEventId)) { // the answer comes later
                return CompletableFuture.runAsync(() -> {
                    throw new IllegalStateException("NOT_ENOUGH_REPLICAS");
                }, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
            }
            if (brokerRefuses.get() && event.eventId().equals(refusedEventId)) {
                return CompletableFuture.failedFuture(new IllegalStateException("record too large"));
            }
            return publisher.publishAsync(event);
        };
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay relay = relay(brokerRefusingTwoEvents, meters, Duration.ofSeconds(30));

        assertThat(relay.relayOnce()).isEqualTo(3 + EVENTS_PER_DOCUMENT);
        assertThat(sequencePending(failing)).containsExactlyElementsOf(range(3, EVENTS_PER_DOCUMENT));
        assertThat(sequencePending(healthy)).isEmpty();
        assertThat(sequencePending(refusedAtOnce)).containsExactlyElementsOf(range(0, EVENTS_PER_DOCUMENT));
        assertThat(handedOver).as("a refusal at once holds back the rest of its document")
                .doesNotContain(eventIdAt(refusedAtOnce, 1));
        assertThat(versionOf(failing)).isEqualTo(1L);
        assertThat(versionOf(refusedAtOnce)).isZero();
        assertThat(meters.get("portail.outbox.publish.failures").counter().count()).isEqualTo(2.0);
        assertThat(meters.get("portail.outbox.backlog").gauge().value())
                .isEqualTo(EVENTS_PER_DOCUMENT - 3 + EVENTS_PER_DOCUMENT);

        // the broker takes them again: each refused event goes out alone first, then its successors
        brokerRefuses.set(false);
        assertThat(relay.relayOnce()).isEqualTo(2);
        assertThat(sequencePending(failing)).containsExactlyElementsOf(range(4, EVENTS_PER_DOCUMENT));
        assertThat(sequencePending(refusedAtOnce)).containsExactlyElementsOf(range(1, EVENTS_PER_DOCUMENT));
        assertThat(relay.relayOnce()).isEqualTo(EVENTS_PER_DOCUMENT - 4 + EVENTS_PER_DOCUMENT - 1);
        assertThat(sequencePending(failing)).isEmpty();
        assertThat(sequencePending(refusedAtOnce)).isEmpty();
        assertThat(meters.get("portail.outbox.backlog").gauge().value()).isZero();

        List<Integer> expectedFailing = new ArrayList<>(range(0, 3));
        expectedFailing.addAll(range(4, EVENTS_PER_DOCUMENT)); // acknowledged, but kept behind the refused event
        expectedFailing.add(3);
        expectedFailing.addAll(range(4, EVENTS_PER_DOCUMENT)); // so they go out again, after it
        await().atMost(Duration.ofSeconds(60)).until(() -> sequenceReceived(failing).size() == expectedFailing.size()
                && sequenceReceived(refusedAtOnce).size() == EVENTS_PER_DOCUMENT);
        assertThat(sequenceReceived(failing)).containsExactlyElementsOf(expectedFailing);
        assertThat(sequenceReceived(refusedAtOnce)).containsExactlyElementsOf(range(0, EVENTS_PER_DOCUMENT));
        assertThat(sequenceReceived(healthy)).containsExactlyElementsOf(range(0, EVENTS_PER_DOCUMENT));
    }

    @Test
    void removesNoEventBeforeTheBrokerAcknowledgedIt() {
        String first = aDocumentWithPendingEvents();
        String second = aDocumentWithPendingEvents();
        Map<String, CompletableFuture<Void>> answers = new ConcurrentHashMap<>();
        EventPublisher slowBroker = event -> answers.computeIfAbsent(event.eventId(), id -> new CompletableFuture<>());
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay relay = relay(slowBroker, meters, Duration.ofMinutes(2));

        CompletableFuture<Integer> pass = CompletableFuture.supplyAsync(relay::relayOnce);
        await().atMost(Duration.ofSeconds(30)).until(() -> answers.size() == 2 * EVENTS_PER_DOCUMENT);
        assertThat(sequencePending(first)).hasSize(EVENTS_PER_DOCUMENT);
        assertThat(sequencePending(second)).hasSize(EVENTS_PER_DOCUMENT);
        for (int i = 0; i < EVENTS_PER_DOCUMENT; i++) {
            answers.get(eventIdAt(second, i)).complete(null);
            if (i != 2) {
                answers.get(eventIdAt(first, i)).complete(null);
            }
        }
        assertThat(pass).isNotDone();
        assertThat(sequencePending(first)).as("all but one acknowledged: the pass still waits")
                .hasSize(EVENTS_PER_DOCUMENT);
        assertThat(sequencePending(second)).hasSize(EVENTS_PER_DOCUMENT);

        answers.get(eventIdAt(first, 2)).completeExceptionally(new IllegalStateException("REQUEST_TIMED_OUT"));
        assertThat(pass.join()).isEqualTo(2 + EVENTS_PER_DOCUMENT);
        assertThat(sequencePending(first)).containsExactlyElementsOf(range(2, EVENTS_PER_DOCUMENT));
        assertThat(sequencePending(second)).isEmpty();
        assertThat(meters.get("portail.outbox.publish.failures").counter().count()).isEqualTo(1.0);
    }

    @Test
    void anEventWithoutAnswerStaysPendingOnceTheWaitIsOver() {
        String document = aDocumentWithPendingEvents();
        String silentEventId = eventIdAt(document, 5);
        EventPublisher brokerSilentOnOneEvent = event -> event.eventId().equals(silentEventId)
                ? new CompletableFuture<>()
                : CompletableFuture.completedFuture(null);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();

        assertThat(relay(brokerSilentOnOneEvent, meters, Duration.ofMillis(500)).relayOnce()).isEqualTo(5);
        assertThat(sequencePending(document)).containsExactlyElementsOf(range(5, EVENTS_PER_DOCUMENT));
        assertThat(meters.get("portail.outbox.publish.failures").counter().count()).isEqualTo(1.0);
    }

    private String aDocumentWithPendingEvents() {
        String id = "doc-" + UUID.randomUUID();
        List<OutboxEvent> events = IntStream.range(0, EVENTS_PER_DOCUMENT)
                .mapToObj(seq -> outboxEvents.create(TOPIC, id, TYPE, Map.of("document", id, "seq", seq))).toList();
        mongo.upsert(Query.query(Criteria.where("_id").is(id)),
                new Update().set("version", 0L).push(OutboxEvent.FIELD).each(events.toArray()), collection);
        return id;
    }

    private OutboxRelay relay(EventPublisher eventPublisher, MeterRegistry meters, Duration ackTimeout) {
        return new OutboxRelay(mongo, eventPublisher,
                new OutboxProperties(List.of(collection), Duration.ofMillis(100), 200, "version", ackTimeout,
                        Duration.ofSeconds(5)),
                new TracedPublishing(tracer, propagator), meters);
    }

    private List<Document> pendingIn(String id) {
        return mongo.findById(id, Document.class, collection).getList(OutboxEvent.FIELD, Document.class);
    }

    private List<Integer> sequencePending(String id) {
        return pendingIn(id).stream().map(e -> sequenceOf(e.getString("payload"))).toList();
    }

    private String eventIdAt(String id, int seq) {
        return pendingIn(id).stream().filter(e -> sequenceOf(e.getString("payload")) == seq).findFirst()
                .orElseThrow().getString("eventId");
    }

    private long versionOf(String id) {
        return ((Number) mongo.findById(id, Document.class, collection).get("version")).longValue();
    }

    private List<ConsumerRecord<String, String>> received(List<String> documents) {
        Set<String> keys = Set.copyOf(documents);
        return kafka.received().stream().filter(r -> r.topic().equals(TOPIC) && keys.contains(r.key())).toList();
    }

    private List<Integer> sequenceReceived(String id) {
        return kafka.received(TOPIC, id).stream().map(r -> sequenceOf(r.value())).toList();
    }

    private static int sequenceOf(String payload) {
        return Integer.parseInt(payload.replaceAll(".*\"seq\":(\\d+).*", "$1"));
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }
}
