package fr.portailfamilles.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Publishes the events waiting in aggregate documents and removes them only after the broker
 * acknowledged them. A pass reads documents with pending events, sends all their events without
 * waiting (oldest first within each document), awaits the answers once, then removes from each
 * document the acknowledged events at its head with one update that also bumps its version. A
 * crash between the two steps makes events go out twice, never zero times; consumers deduplicate
 * on the event id.
 *
 * <p>A writer that names the document it changed ({@link #wake(String, Object)}) has it read by
 * id at the next pass; a pass with only named documents never scans a collection, so its cost
 * does not grow with the collection. Sweeps (up to {@code batchSize} documents per collection
 * found by their pending events) run when the relay was idle for {@code pollInterval}, when
 * someone asks with {@link #wake()}, after a failure, and at least every {@code sweepInterval}:
 * they find what a crash, another instance or an unnamed write left behind.
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
    private final Map<String, Set<Object>> named = new ConcurrentHashMap<>();
    private final AtomicBoolean sweepAsked = new AtomicBoolean(true);
    private volatile long lastSweep = System.nanoTime();
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
            named.put(collection, ConcurrentHashMap.newKeySet());
            AtomicLong pending = backlog.computeIfAbsent(collection, c -> new AtomicLong());
            Gauge.builder("portail.outbox.backlog", pending, AtomicLong::get)
                    .description("Integration events written but not yet acknowledged by Kafka: exact after a "
                            + "sweep; between sweeps, those found in the documents writers named, plus the named "
                            + "documents still to be read")
                    .tag("collection", collection)
                    .strongReference(true) // Micrometer holds gauges weakly; the count must live as long as the meter
                    .register(meters);
        }
    }

    /** Asks the relay to sweep every collection now rather than at its next poll. */
    public void wake() {
        sweepAsked.set(true);
        wakeUp.release();
    }

    /**
     * Asks the relay to publish now the pending events of one document just written: the next
     * pass reads it by id.
     *
     * @throws IllegalArgumentException if {@code collection} is not one of the relay's collections
     */
    public void wake(String collection, Object id) {
        Set<Object> ids = named.get(collection);
        if (ids == null) {
            throw new IllegalArgumentException(
                    collection + " is not an outbox collection; the relay reads " + properties.collections());
        }
        ids.add(id);
        wakeUp.release();
    }

    /**
     * One pass that sweeps every outbox collection, and reads the documents named since the last
     * pass.
     *
     * @return how many events were published and removed
     * @throws RuntimeException when a read failed or the publisher could not hand an event over;
     *                          the events acknowledged before are removed first
     */
    public int relayOnce() {
        return relay(true);
    }

    /**
     * One pass over the documents named since the last pass only (up to {@code batchSize} per
     * collection), read by id.
     *
     * @return how many events were published and removed
     * @throws RuntimeException as {@link #relayOnce()}
     */
    public int relayNamed() {
        return relay(false);
    }

    private int relay(boolean sweep) {
        long started = System.nanoTime();
        if (sweep) {
            lastSweep = started;
        }
        OutboxPass pass = new OutboxPass(publisher, tracing, mongo.getConverter(), failedLastPass);
        RuntimeException handOverFailure = handOver(pass, sweep);
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

    /**
     * Reads each collection (swept, or only its named documents) and hands its pending events
     * over; a failure stops there and is returned, and the next pass sweeps.
     */
    private RuntimeException handOver(OutboxPass pass, boolean sweep) {
        for (String collection : properties.collections()) {
            List<Object> ids = takeNamed(collection);
            try {
                pass.send(collection, sweep ? swept(collection, ids) : namedDocuments(collection, ids));
            } catch (RuntimeException failure) {
                sweepAsked.set(true);
                return failure; // what went out before it is still settled
            }
        }
        return null;
    }

    private List<Object> takeNamed(String collection) {
        List<Object> taken = new ArrayList<>();
        Iterator<Object> ids = named.get(collection).iterator();
        while (ids.hasNext() && taken.size() < properties.batchSize()) {
            taken.add(ids.next());
            ids.remove(); // named again meanwhile: read again at the next pass
        }
        return taken;
    }

    /** The documents found by their pending events, and the named ones the sweep's batch left out. */
    private List<Document> swept(String collection, List<Object> ids) {
        List<Document> found = documents.withPending(collection, properties.batchSize());
        backlog.get(collection).set(found.size() < properties.batchSize()
                ? eventsIn(found)
                : documents.countWithPending(collection));
        if (!ids.isEmpty()) {
            Set<Object> read = found.stream().map(document -> document.get("_id")).collect(Collectors.toSet());
            documents.named(collection, ids).stream().filter(document -> !read.contains(document.get("_id")))
                    .forEach(found::add);
        }
        return found;
    }

    private List<Document> namedDocuments(String collection, List<Object> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Document> found = documents.named(collection, ids);
        backlog.get(collection).set(eventsIn(found) + named.get(collection).size());
        return found;
    }

    private static long eventsIn(List<Document> documents) {
        return documents.stream().mapToLong(d -> d.getList(OutboxEvent.FIELD, Document.class).size()).sum();
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
            sweepAsked.set(true); // the next pass finds them wherever they are
            long unacknowledged = pass.unacknowledged();
            failures.increment(unacknowledged);
            log.warn("{} outbox events were not acknowledged and stay pending with their successors, "
                    + "to be sent again: {}", unacknowledged, OutboxPass.causeOf(blocked.get(0).acknowledged()).toString());
        }
    }

    private void run() {
        while (worker == Thread.currentThread()) {
            try {
                boolean sweep = sweepAsked.getAndSet(false)
                        || System.nanoTime() - lastSweep >= properties.sweepInterval().toNanos();
                if (relay(sweep) == 0 && named.values().stream().allMatch(Set::isEmpty)) {
                    if (!wakeUp.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                        sweepAsked.set(true); // idle for a poll interval: look everywhere
                    }
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
                sweepAsked.set(true);
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
