package fr.portailfamilles.platform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * One pass of the relay: every pending event of the documents read is handed to the broker, in
 * outbox order and from one thread (so events with the same key reach their partition in that
 * order), then the acknowledgements are awaited together. What may be removed from a document is
 * the run of acknowledged events from its head: an event after one that failed stays pending
 * too, so that nothing is removed before an older event of the same document.
 */
final class OutboxPass {

    private final EventPublisher publisher;
    private final TracedPublishing tracing;
    private final MongoConverter converter;
    private final Set<String> sendAlone;
    private final Map<String, List<DocumentSends>> sendsByCollection = new LinkedHashMap<>();

    /**
     * @param sendAlone events that failed in the previous pass: each is sent without its
     *                  successors, so that an event the broker keeps refusing does not make them
     *                  go out again at every pass
     */
    OutboxPass(EventPublisher publisher, TracedPublishing tracing, MongoConverter converter, Set<String> sendAlone) {
        this.publisher = publisher;
        this.tracing = tracing;
        this.converter = converter;
        this.sendAlone = sendAlone;
    }

    /**
     * Hands over the pending events of these documents.
     *
     * @throws RuntimeException when the publisher could not hand an event over; what was handed
     *                          over before still counts
     */
    void send(String collection, List<Document> documents) {
        if (documents.isEmpty()) {
            return;
        }
        List<DocumentSends> sends = sendsByCollection.computeIfAbsent(collection, c -> new ArrayList<>());
        for (Document document : documents) {
            DocumentSends sent = new DocumentSends(document.get("_id"));
            sends.add(sent);
            for (Document pending : document.getList(OutboxEvent.FIELD, Document.class)) {
                OutboxEvent event = converter.read(OutboxEvent.class, pending);
                CompletableFuture<Void> acknowledged = tracing.publishWithin(event, publisher);
                sent.add(event.eventId(), acknowledged);
                if (acknowledged.isCompletedExceptionally() || sendAlone.contains(event.eventId())) {
                    break; // refused at once, or refused last time: its successors wait
                }
            }
        }
    }

    /**
     * Waits until the broker answered for every event handed over, or the timeout elapsed.
     *
     * @return whether the wait was interrupted (the interrupt status is then cleared, so that
     *         the acknowledged events can still be removed before the relay stops)
     */
    boolean awaitAnswers(Duration timeout) {
        CompletableFuture<?>[] all = sendsByCollection.values().stream().flatMap(List::stream)
                .flatMap(DocumentSends::acknowledgements).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(all).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException someFailedOrLate) {
            // sorted out event by event below
        } catch (InterruptedException interrupted) {
            return true;
        }
        return false;
    }

    Set<String> collections() {
        return sendsByCollection.keySet();
    }

    /** The acknowledged run of events at the head of each document of this collection, by document id. */
    Map<Object, List<String>> removable(String collection) {
        Map<Object, List<String>> removable = new LinkedHashMap<>();
        for (DocumentSends sent : sendsByCollection.getOrDefault(collection, List.of())) {
            List<String> acknowledged = sent.acknowledgedHead();
            if (!acknowledged.isEmpty()) {
                removable.put(sent.documentId, acknowledged);
            }
        }
        return removable;
    }

    /** How many events handed over were not acknowledged (refused, or no answer in time). */
    long unacknowledged() {
        return sendsByCollection.values().stream().flatMap(List::stream).flatMap(DocumentSends::acknowledgements)
                .filter(acknowledged -> !isAcknowledged(acknowledged)).count();
    }

    /** The first unacknowledged event of each document that has one. */
    List<Sent> firstUnacknowledged() {
        return sendsByCollection.values().stream().flatMap(List::stream)
                .flatMap(sent -> sent.sent.stream().filter(s -> !isAcknowledged(s.acknowledged())).limit(1))
                .toList();
    }

    static Throwable causeOf(CompletableFuture<?> failed) {
        try {
            failed.getNow(null);
            return new TimeoutException("no answer from the broker in time");
        } catch (CompletionException failure) {
            return failure.getCause() instanceof CompletionException nested ? nested.getCause() : failure.getCause();
        } catch (RuntimeException cancelled) {
            return cancelled;
        }
    }

    private static boolean isAcknowledged(CompletableFuture<?> acknowledged) {
        return acknowledged.isDone() && !acknowledged.isCompletedExceptionally();
    }

    record Sent(String eventId, CompletableFuture<Void> acknowledged) {
    }

    /** The events of one document handed over in this pass, in outbox order. */
    private static final class DocumentSends {

        private final Object documentId;
        private final List<Sent> sent = new ArrayList<>();

        DocumentSends(Object documentId) {
            this.documentId = documentId;
        }

        void add(String eventId, CompletableFuture<Void> acknowledged) {
            sent.add(new Sent(eventId, acknowledged));
        }

        Stream<CompletableFuture<Void>> acknowledgements() {
            return sent.stream().map(Sent::acknowledged);
        }

        List<String> acknowledgedHead() {
            return sent.stream().takeWhile(s -> isAcknowledged(s.acknowledged())).map(Sent::eventId).toList();
        }
    }
}
