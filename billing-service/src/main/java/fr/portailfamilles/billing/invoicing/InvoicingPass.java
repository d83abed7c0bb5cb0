package fr.portailfamilles.billing.invoicing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of a run by the worker that holds it: invoices the month, writes the progress (which
 * renews the lease) at most every second, and ends the run done, or failed with the reason. A write
 * over a run another worker took meanwhile fails: this pass then stops and leaves the run to it.
 * When the service stops, the pass hands the run back at once, to be taken up again.
 */
final class InvoicingPass {

    private static final Logger log = LoggerFactory.getLogger(InvoicingPass.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    private final InvoicingRun run;
    private final String worker;
    private final InvoicingRuns runs;
    private final MonthlyInvoicing invoicing;
    private final Duration lease;
    private final Clock clock;
    private final BooleanSupplier stopping;
    private Instant lastWrite;

    InvoicingPass(InvoicingRun run, String worker, InvoicingRuns runs, MonthlyInvoicing invoicing, Duration lease,
            Clock clock, BooleanSupplier stopping) {
        this.run = run;
        this.worker = worker;
        this.runs = runs;
        this.invoicing = invoicing;
        this.lease = lease;
        this.clock = clock;
        this.stopping = stopping;
        this.lastWrite = clock.instant();
    }

    void execute() {
        try {
            MonthlyInvoicing.Outcome outcome = invoicing.invoice(run.month(), this::progress);
            run.finish(worker, outcome.familiesTotal(), invoicing.issuedOf(run.month()), outcome.skipped(),
                    clock.instant());
            write();
            log.info("Invoicing run {} done: {} invoice(s) issued, {} family(ies) left aside", run.id(),
                    run.invoicesIssued(), run.familiesSkipped());
        } catch (Stopped stopped) {
            log.info("Invoicing run {} stopped: {}", run.id(), stopped.getMessage());
        } catch (RuntimeException failure) {
            log.error("Invoicing run {} failed", run.id(), failure);
            fail(failure);
        }
    }

    private void progress(int done, int total, List<InvoicingRun.Skipped> skipped) {
        if (stopping.getAsBoolean()) {
            run.release(worker, clock.instant());
            write();
            throw new Stopped("the service stops; the run will be taken up again");
        }
        Instant now = clock.instant();
        if (Duration.between(lastWrite, now).compareTo(PROGRESS_EVERY) >= 0) {
            run.progress(worker, done, total, invoicing.issuedOf(run.month()), skipped, now, lease);
            write();
            lastWrite = now;
        }
    }

    private void fail(RuntimeException failure) {
        try {
            runs.byId(run.id()).filter(fresh -> worker.equals(fresh.worker())).ifPresent(fresh -> {
                fresh.fail(worker, "Erreur technique pendant l’émission (" + failure.getClass().getSimpleName()
                        + ") : relancez le mois ; les factures déjà émises restent telles quelles.", clock.instant());
                runs.save(fresh);
            });
        } catch (RuntimeException unavailable) {
            // left running: once its lease is over, the run is taken up again
            log.warn("Invoicing run {} could not be marked failed: {}", run.id(), unavailable.toString());
        }
    }

    private void write() {
        if (!runs.save(run)) {
            throw new Stopped("another worker took the run over");
        }
    }

    private static final class Stopped extends RuntimeException {
        Stopped(String why) {
            super(why, null, false, false);
        }
    }
}
