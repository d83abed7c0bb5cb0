package fr.portailfamilles.billing.invoicing;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Executes the requested runs, one at a time, on a thread of its own: woken by each request, at
 * start (a run left requested or running by a stopped or crashed instance is taken up again) and
 * every {@code poll-interval}. A claimed run is held under a lease that its pass renews.
 */
@Component
class InvoicingWorker {

    private static final Logger log = LoggerFactory.getLogger(InvoicingWorker.class);

    private final InvoicingRuns runs;
    private final MonthlyInvoicing invoicing;
    private final InvoicingProperties properties;
    private final Clock clock;
    private final String name = workerName();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(InvoicingWorker::daemon);
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean stopping;

    InvoicingWorker(InvoicingRuns runs, MonthlyInvoicing invoicing, InvoicingProperties properties, Clock clock) {
        this.runs = runs;
        this.invoicing = invoicing;
        this.properties = properties;
        this.clock = clock;
    }

    /** Asks for a look at the pending runs; several calls before it happens make one look. */
    void wake() {
        if (!stopping && queued.compareAndSet(false, true)) {
            try {
                thread.execute(() -> {
                    queued.set(false);
                    executePending();
                });
            } catch (RejectedExecutionException stopped) {
                queued.set(false);
            }
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeOnStart() {
        wake();
    }

    @Scheduled(fixedDelayString = "${portail.billing.invoicing.poll-interval:5s}")
    void poll() {
        wake();
    }

    void executePending() {
        try {
            List<InvoicingRun> pending = runs.claimable(clock.instant());
            while (!pending.isEmpty() && !stopping) {
                pending.forEach(this::execute);
                pending = runs.claimable(clock.instant());
            }
        } catch (RuntimeException unavailable) {
            // the runs stay where they are; the next poll tries again
            log.warn("Invoicing runs could not be executed now: {}", unavailable.toString());
        }
    }

    private void execute(InvoicingRun run) {
        if (stopping || !run.isClaimable(clock.instant())) {
            return;
        }
        run.start(name, clock.instant(), properties.lease());
        if (!runs.save(run)) {
            return; // another worker took it first
        }
        log.info("Invoicing run {} started (pass {})", run.id(), run.passes());
        new InvoicingPass(run, name, runs, invoicing, properties.lease(), clock, () -> stopping).execute();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        thread.shutdown();
        if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
            thread.shutdownNow();
        }
    }

    /** Which instance holds a run, as the logs and the run document show it. */
    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, "invoicing-worker");
        thread.setDaemon(true);
        return thread;
    }

    private static String workerName() {
        return System.getenv().getOrDefault("HOSTNAME", "billing") + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
