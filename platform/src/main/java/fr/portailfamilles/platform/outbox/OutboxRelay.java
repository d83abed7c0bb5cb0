package fr.portailfamilles.platform.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Publishes the events waiting in aggregate documents, oldest first within each document, and
 * removes each one only after the broker acknowledged it. A crash between the two steps makes
 * the event go out twice, never zero times; consumers deduplicate on the event id.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final EventPublisher publisher;
    private final OutboxProperties properties;
    private final TracedPublishing tracing;
    private final Map<String, AtomicLong> backlog = new ConcurrentHashMap<>();
    private final Counter published;
    private final Counter failures;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile Thread worker;

    public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxProperties properties,
            TracedPublishing tracing, MeterRegistry meters) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.properties = properties;
        this.tracing = tracing;
        this.published = meters.counter("portail.outbox.published");
        this.failures = meters.counter("portail.outbox.publish.failures");
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
     * @return how many events were published
     */
    public int relayOnce() {
        int count = 0;
        for (String collection : properties.collections()) {
            count += relay(mongo.getCollection(collection), backlog.get(collection));
        }
        return count;
    }

    private int relay(MongoCollection<Document> collection, AtomicLong pending) {
        List<Document> documents = collection.find(Filters.exists(OutboxEvent.FIELD + ".0"))
                .limit(properties.batchSize())
                .into(new ArrayList<>());
        pending.set(documents.size() < properties.batchSize()
                ? documents.stream().mapToLong(d -> d.getList(OutboxEvent.FIELD, Document.class).size()).sum()
                : collection.countDocuments(Filters.exists(OutboxEvent.FIELD + ".0")));
        int count = 0;
        for (Document document : documents) {
            for (Document pendingEvent : document.getList(OutboxEvent.FIELD, Document.class)) {
                OutboxEvent event = mongo.getConverter().read(OutboxEvent.class, pendingEvent);
                tracing.publishWithin(event, publisher);
                collection.updateOne(Filters.eq("_id", document.get("_id")), Updates.combine(
                        Updates.pull(OutboxEvent.FIELD, Filters.eq("eventId", event.eventId())),
                        Updates.inc(properties.versionField(), 1L)));
                published.increment();
                pending.decrementAndGet();
                count++;
            }
        }
        return count;
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
