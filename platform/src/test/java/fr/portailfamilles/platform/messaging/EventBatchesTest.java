package fr.portailfamilles.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailfamilles.platform.messaging.EventBatches.Received;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

class EventBatchesTest {

    /** What the work was handed, group by group: "key:payload" of each event. */
    private final List<List<String>> handed = new ArrayList<>();

    @Test
    void handsOverTheEventsOfEachKeyTogetherInTheirOrder() {
        Message<List<byte[]>> batch = batch(event("a", "1"), event("b", "2"), event("a", "3"), event("c", "skip"),
                event("b", "4"));

        EventBatches.byKey(batch, EventBatchesTest::readUnlessSkip, value -> value.substring(0, 1), record());

        assertThat(handed).containsExactly(List.of("a:1", "a:3"), List.of("b:2", "b:4"));
    }

    @Test
    void aFailingEventIsNamedAfterEveryEventBeforeItIsApplied() {
        // a's group fails together; alone, "a:3" fails: "b:2" (before it, in a later group) must be applied first
        Message<List<byte[]>> batch = batch(event("a", "1"), event("b", "2"), event("a", "3"), event("a", "4"),
                event("b", "5"));

        assertThatThrownBy(() -> EventBatches.byKey(batch, EventBatchesTest::readUnlessSkip, value -> value.substring(0, 1),
                failingOn("a:3")))
                .isInstanceOfSatisfying(BatchListenerFailedException.class,
                        failed -> assertThat(failed.getIndex()).isEqualTo(2));

        assertThat(handed).containsExactly(List.of("a:1"), List.of("b:2"));
    }

    @Test
    void anUnreadableEventIsNamedAfterTheEventsBeforeItAreApplied() {
        Map<String, Object> notACloudEvent = new HashMap<>();
        Message<List<byte[]>> batch = batch(event("a", "1"), event("b", "2"), new Event(notACloudEvent, "b", "3"),
                event("a", "4"));

        assertThatThrownBy(() -> EventBatches.byKey(batch, EventBatchesTest::readUnlessSkip, value -> value.substring(0, 1),
                record()))
                .isInstanceOfSatisfying(BatchListenerFailedException.class,
                        failed -> assertThat(failed.getIndex()).isEqualTo(2));

        assertThat(handed).containsExactly(List.of("a:1"), List.of("b:2"));
    }

    @Test
    void aGroupThatFailsTogetherButNotAloneIsAppliedOneByOne() {
        Message<List<byte[]>> batch = batch(event("a", "1"), event("a", "2"));
        boolean[] failedOnce = {false};

        EventBatches.byKey(batch, EventBatchesTest::readUnlessSkip, value -> value.substring(0, 1), group -> {
            if (group.size() > 1 && !failedOnce[0]) {
                failedOnce[0] = true;
                throw new IllegalStateException("lost a race");
            }
            record().accept(group);
        });

        assertThat(handed).containsExactly(List.of("a:1"), List.of("a:2"));
    }

    @Test
    void togetherHandsOverEveryEventReadAtOnceAndNamesTheOneThatFailsAlone() {
        EventBatches.together(batch(event("a", "1"), event("b", "skip"), event("c", "3")),
                EventBatchesTest::readUnlessSkip, record());
        assertThat(handed).containsExactly(List.of("a:1", "c:3"));
        handed.clear();

        assertThatThrownBy(() -> EventBatches.together(batch(event("a", "1"), event("b", "2"), event("a", "3"),
                event("c", "4")), EventBatchesTest::readUnlessSkip, failingOn("a:3")))
                .isInstanceOfSatisfying(BatchListenerFailedException.class,
                        failed -> assertThat(failed.getIndex()).isEqualTo(2));

        assertThat(handed).containsExactly(List.of("a:1"), List.of("b:2"));
    }

    @Test
    void eachEventIsAppliedInItsOrderAndAFailureNamesItsEventAfterThoseBefore() {
        Message<List<byte[]>> batch = batch(event("a", "1"), event("b", "2"), event("a", "fail"), event("c", "4"));
        List<String> applied = new ArrayList<>();

        assertThatThrownBy(() -> EventBatches.each(batch, event -> {
            if (event.payload().equals("fail")) {
                throw new IllegalStateException("cannot apply");
            }
            applied.add(event.key() + ":" + event.payload());
        })).isInstanceOfSatisfying(BatchListenerFailedException.class,
                failed -> assertThat(failed.getIndex()).isEqualTo(2));

        assertThat(applied).containsExactly("a:1", "b:2");
    }

    private static String readUnlessSkip(InboundEvent event) {
        return event.payload().equals("skip") ? null : event.key() + event.payload();
    }

    private Consumer<List<Received<String>>> record() {
        return group -> handed.add(group.stream().map(r -> r.event().key() + ":" + r.event().payload()).toList());
    }

    private Consumer<List<Received<String>>> failingOn(String culprit) {
        return group -> {
            if (group.stream().anyMatch(r -> (r.event().key() + ":" + r.event().payload()).equals(culprit))) {
                throw new IllegalArgumentException("cannot apply " + culprit);
            }
            record().accept(group);
        };
    }

    private record Event(Map<String, Object> headers, String key, String payload) {
    }

    private static int ids;

    private static Event event(String key, String payload) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(CloudEventHeaders.ID, ("e-" + ++ids).getBytes(StandardCharsets.UTF_8));
        headers.put(CloudEventHeaders.TYPE, "test.v1".getBytes(StandardCharsets.UTF_8));
        return new Event(headers, key, payload);
    }

    /** A batch as the binder hands it: payloads in a list, keys and each record's headers in lists beside. */
    private static Message<List<byte[]>> batch(Event... events) {
        List<byte[]> payloads = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        List<Map<String, Object>> headers = new ArrayList<>();
        for (Event event : events) {
            payloads.add(event.payload().getBytes(StandardCharsets.UTF_8));
            keys.add(event.key().getBytes(StandardCharsets.UTF_8));
            headers.add(event.headers());
        }
        return MessageBuilder.withPayload(payloads).setHeader(KafkaHeaders.RECEIVED_KEY, keys)
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, headers).build();
    }
}
