package fr.portailfamilles.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Publishes the events waiting in aggregate documents and removes them only after the broker
 * acknowledged them. A pass reads up to {@code batchSize} documents per collection, sends all
 * their events without waiting (oldest first within each document), awaits the answers once,
 * then removes from each document the acknowledged events at its head with one update that also
 * bumps its version. A crash between the two steps makes events go out twice, never zero times;
 * consumers deduplicate on the event id.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final EventPublisher publisher;
    private final OutboxProperties properties;
    private final TracedPublishing tracing;
    private final OutboxDocuments documents;
    private final Map<String, AtomicLong> backlog = new ConcurrentHashMap<>();
    private final Counter published;
    private final Counter failures;
    private final Timer passes;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile Set<String> failedLastPass = Set.of();
    private volatile Thread worker;

    public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxProperties properties,
            TracedPublishing tracing, MeterRegistry meters) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.properties = properties;
        this.tracing = tracing;
        this.documents = new OutboxDocuments(mongo, properties.versionField());
        this.published = meters.counter("portail.outbox.published");
        this.failures = meters.counter("portail.outbox.publish.failures");
        this.passes = Timer.builder("portail.outbox.pass")
                .description("Relay passes that found pending events: read, send, await the broker, remove")
                .register(meters);
        for (String collection : properties.collections()) {
            AtomicLong pending = backlog.computeIfAbsent(collection, c -> new AtomicLong());
            Gauge.builder("portail.outbox.backlog", pending, AtomicLong::get)
                    .description("Integration events written but not yet acknowledged by Kafka")
                    .tag("collection", collection)
                    .strongReference(true) // Micrometer holds gauges weakly; the count must live as long as the meter
                    .register(meters);
        }
    }

    /** Asks the relay to look now rather than at its next poll: called after a local write. */
    public void wake() {
        wakeUp.release();
    }

    /**
     * One pass over every outbox collection.
     *
     * @return how many events were published and removed
     * @throws RuntimeException when a read failed or the publisher could not hand an event over;
     *                          the events acknowledged before are removed first
     */
    public int relayOnce() {
        long started = System.nanoTime();
        OutboxPass pass = new OutboxPass(publisher, tracing, mongo.getConverter(), failedLastPass);
        RuntimeException handOverFailure = handOver(pass);
        if (pass.collections().isEmpty()) {
            if (handOverFailure != null) {
                throw handOverFailure;
            }
            return 0;
        }
        long handedOver = System.nanoTime();
        boolean interrupted = pass.awaitAnswers(properties.ackTimeout());
        long answered = System.nanoTime();
        try {
            int removed = 0;
            for (String collection : pass.collections()) {
                removed += remove(collection, pass.removable(collection));
            }
            noteFailures(pass);
            log.debug("Outbox pass: {} events removed; read and sent in {} ms, acknowledged in {} ms, removed in {} ms",
                    removed, (handedOver - started) / 1_000_000, (answered - handedOver) / 1_000_000,
                    (System.nanoTime() - answered) / 1_000_000);
            if (handOverFailure != null) {
                throw handOverFailure;
            }
            return removed;
        } finally {
            passes.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Reads each collection and hands its pending events over; a failure stops there and is returned. */
    private RuntimeException handOver(OutboxPass pass) {
        for (String collection : properties.collections()) {
            try {
                pass.send(collection, pendingDocuments(collection));
            } catch (RuntimeException failure) {
                return failure; // what went out before it is still settled
            }
        }
        return null;
    }

    private List<Document> pendingDocuments(String collection) {
        List<Document> found = documents.withPending(collection, properties.batchSize());
        backlog.get(collection).set(found.size() < properties.batchSize()
                ? found.stream().mapToLong(d -> d.getList(OutboxEvent.FIELD, Document.class).size()).sum()
                : documents.countWithPending(collection));
        return found;
    }

    private int remove(String collection, Map<Object, List<String>> acknowledged) {
        int removed = documents.removeAcknowledged(collection, acknowledged);
        published.increment(removed);
        backlog.get(collection).addAndGet(-removed);
        return removed;
    }

    private void noteFailures(OutboxPass pass) {
        List<OutboxPass.Sent> blocked = pass.firstUnacknowledged();
        failedLastPass = blocked.stream().map(OutboxPass.Sent::eventId).collect(Collectors.toUnmodifiableSet());
        if (!blocked.isEmpty()) {
            long unacknowledged = pass.unacknowledged();
            failures.increment(unacknowledged);
            log.warn("{} outbox events were not acknowledged and stay pending with their successors, "
                    + "to be sent again: {}", unacknowledged, OutboxPass.causeOf(blocked.get(0).acknowledged()).toString());
        }
    }

    private void run() {
        while (worker == Thread.currentThread()) {
            try {
                if (relayOnce() == 0) {
                    wakeUp.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failure) {
                if (worker != Thread.currentThread()) {
                    return; // stopping: whatever is still pending goes out after the restart
                }
                failures.increment();
                log.warn("Outbox relay pass failed, events stay pending and will be retried: {}", failure.toString());
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(properties.pollInterval().toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        if (properties.collections().isEmpty()) {
            return;
        }
        Thread thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = worker;
        worker = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    @Override
    public int getPhase() {
        // stop before the binder's producers so a pass in flight can still be acknowledged
        return Integer.MAX_VALUE - 100;
    }
}
