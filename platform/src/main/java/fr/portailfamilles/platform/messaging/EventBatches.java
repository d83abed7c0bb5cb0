package fr.portailfamilles.platform.messaging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;

/**
 * Consumes a batch of events (a binding with {@code batch-mode: true}) key by key: the events of
 * one key are handed over together and in their order, so that one write can apply them all.
 *
 * <p>A failure names the first event that was not applied, and everything before it in the
 * batch has been applied: when the events of one key fail together they are tried again one by
 * one, the first that fails alone is the culprit, and the events of other keys that came before
 * it are applied first. The failure is a {@link BatchListenerFailedException} at the culprit's
 * index, so that the container commits the events before it, retries from it with the binding's
 * back-off and at last sends it alone to the dead-letter topic ({@link BatchDeadLetters}). The
 * consumer's writes must be idempotent by event: the events after the culprit may have been
 * applied already and come again.
 */
public final class EventBatches {

    private EventBatches() {
    }

    /** An event of the batch as read by the consumer. */
    public record Received<T>(InboundEvent event, T value) {
    }

    /**
     * @param read how the consumer reads an event; null for an event it ignores
     * @param key  which events go together (the aggregate they change)
     * @param work applies the events of one key, in order, all or none
     */
    public static <T> void byKey(Message<? extends List<?>> batch, Function<InboundEvent, T> read,
            Function<T, String> key, Consumer<List<Received<T>>> work) {
        int size = batch.getPayload().size();
        List<Item<T>> items = new ArrayList<>(size);
        for (int index = 0; index < size; index++) {
            try {
                InboundEvent event = InboundEvent.at(batch, index);
                T value = read.apply(event);
                if (value != null) {
                    items.add(new Item<>(index, key.apply(value), new Received<>(event, value)));
                }
            } catch (RuntimeException unreadable) {
                Failure before = apply(items, work);
                throw failed(before != null ? before : new Failure(index, unreadable));
            }
        }
        Failure failure = apply(items, work);
        if (failure != null) {
            throw failed(failure);
        }
    }

    /**
     * Hands the events of a batch over together, in their order: for consumers that write a whole
     * batch with one command (a bulk write) whatever the documents. When that fails, the events
     * are tried again one by one and the first that fails alone is named, as in
     * {@link #byKey}; the events written before the failure are written again, which the writes'
     * idempotence by event makes harmless.
     *
     * @param read how the consumer reads an event; null for an event it ignores
     * @param work applies the events, in their order
     */
    public static <T> void together(Message<? extends List<?>> batch, Function<InboundEvent, T> read,
            Consumer<List<Received<T>>> work) {
        byKey(batch, read, value -> "", work);
    }

    /**
     * Applies the events of a batch one by one, in their order: for consumers whose writes do not
     * gain from going together, so that a poll costs one invocation instead of one per event. A
     * failure names its event, every event before it having been applied.
     */
    public static void each(Message<? extends List<?>> batch, Consumer<InboundEvent> work) {
        int size = batch.getPayload().size();
        for (int index = 0; index < size; index++) {
            try {
                work.accept(InboundEvent.at(batch, index));
            } catch (RuntimeException failure) {
                throw failed(new Failure(index, failure));
            }
        }
    }

    /** Applies the items key by key; on a failure, applies every item before the culprit and names it. */
    private static <T> Failure apply(List<Item<T>> items, Consumer<List<Received<T>>> work) {
        Map<String, List<Item<T>>> byKey = new LinkedHashMap<>();
        items.forEach(item -> byKey.computeIfAbsent(item.key(), k -> new ArrayList<>()).add(item));
        Set<Integer> applied = new HashSet<>();
        for (List<Item<T>> group : byKey.values()) {
            try {
                work.accept(group.stream().map(Item::received).toList());
                group.forEach(item -> applied.add(item.index()));
            } catch (RuntimeException together) {
                Failure culprit = oneByOne(group, work, applied);
                if (culprit != null) {
                    List<Item<T>> before = items.stream()
                            .filter(item -> item.index() < culprit.index() && !applied.contains(item.index()))
                            .toList();
                    Failure earlier = apply(before, work);
                    return earlier != null ? earlier : culprit;
                }
            }
        }
        return null;
    }

    private static <T> Failure oneByOne(List<Item<T>> group, Consumer<List<Received<T>>> work, Set<Integer> applied) {
        for (Item<T> item : group) {
            try {
                work.accept(List.of(item.received()));
                applied.add(item.index());
            } catch (RuntimeException alone) {
                return new Failure(item.index(), alone);
            }
        }
        return null;
    }

    private static BatchListenerFailedException failed(Failure failure) {
        return new BatchListenerFailedException("Event " + failure.index() + " of the batch failed: "
                + failure.cause().getMessage(), failure.cause(), failure.index());
    }

    private record Item<T>(int index, String key, Received<T> received) {
    }

    private record Failure(int index, RuntimeException cause) {
    }
}
