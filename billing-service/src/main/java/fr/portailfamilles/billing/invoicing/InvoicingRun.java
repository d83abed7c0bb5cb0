package fr.portailfamilles.billing.invoicing;

import fr.portailfamilles.billing.invoicing.domain.RunState;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The invoicing of one month for the régie, asked once: staff (or the schedule) request it, a
 * worker runs it while it holds the run's lease, and it ends done (with the families left aside and
 * why) or failed with the reason. A crash leaves it running with a lease nobody renews: once the
 * lease is over, a worker takes it up again, and since invoicing a family is idempotent the new
 * pass only finishes what the first one began.
 */
@Document(InvoicingRun.COLLECTION)
public class InvoicingRun {

    public static final String COLLECTION = "monthly_invoicing_runs";
    /** The families left aside that the run keeps by name; the count is always complete. */
    static final int SKIPPED_KEPT = 200;

    @Id
    private String id;
    private String regie;
    private String month;
    private RunState state;
    private Instant requestedAt;
    private String requestedBy;
    private int passes;
    private String worker;
    private Instant leaseUntil;
    private Instant startedAt;
    private Instant finishedAt;
    private int familiesTotal;
    private int familiesDone;
    private int invoicesIssued;
    private int familiesSkipped;
    private List<Skipped> skipped = new ArrayList<>();
    private String failureReason;
    @Version
    private Long version;

    @PersistenceCreator
    InvoicingRun() {
    }

    /** A family the run could not invoice, and why (in French, for staff). */
    public record Skipped(String familyId, String reason) {
    }

    /** One run per régie and month: the id says both. */
    public static String idFor(String regie, YearMonth month) {
        return regie + "-" + month;
    }

    static InvoicingRun requested(String regie, YearMonth month, String by, Instant at) {
        InvoicingRun run = new InvoicingRun();
        run.id = idFor(regie, month);
        run.regie = regie;
        run.month = month.toString();
        run.state = RunState.REQUESTED;
        run.requestedAt = at;
        run.requestedBy = by;
        return run;
    }

    /** Requested, or running under a lease its worker no longer renews (it stopped or crashed). */
    boolean isClaimable(Instant now) {
        return state == RunState.REQUESTED || state == RunState.RUNNING && !leaseUntil.isAfter(now);
    }

    /** A worker takes the run (first pass, or the resumption of an interrupted one). */
    void start(String byWorker, Instant now, Duration lease) {
        if (!isClaimable(now)) {
            throw new IllegalStateException("Run " + id + " is " + state + ", held by " + worker);
        }
        if (state == RunState.REQUESTED) {
            startedAt = now;
        }
        state = RunState.RUNNING;
        worker = byWorker;
        leaseUntil = now.plus(lease);
        passes++;
        familiesDone = 0;
    }

    /** Where the pass is; renews the lease. */
    void progress(String byWorker, int done, int total, int issued, List<Skipped> leftAside, Instant now,
            Duration lease) {
        requireHeldBy(byWorker);
        familiesDone = done;
        familiesTotal = total;
        invoicesIssued = issued;
        keepSkipped(leftAside);
        leaseUntil = now.plus(lease);
    }

    void finish(String byWorker, int total, int issued, List<Skipped> leftAside, Instant now) {
        requireHeldBy(byWorker);
        state = RunState.DONE;
        familiesTotal = total;
        familiesDone = total;
        invoicesIssued = issued;
        keepSkipped(leftAside);
        finishedAt = now;
        worker = null;
        leaseUntil = null;
    }

    void fail(String byWorker, String reason, Instant now) {
        requireHeldBy(byWorker);
        state = RunState.FAILED;
        failureReason = reason;
        finishedAt = now;
        worker = null;
        leaseUntil = null;
    }

    /** The worker stops (shutdown): the run stays running, free to be taken up at once. */
    void release(String byWorker, Instant now) {
        requireHeldBy(byWorker);
        leaseUntil = now;
    }

    /**
     * Staff ask the same month again, typically once a missing tariff is added: the run invoices the
     * families not invoiced yet and leaves every issued invoice as it is.
     */
    void relaunch(String by, Instant at) {
        if (state.isPending()) {
            throw DomainProblem.conflict("emission-en-cours", "L’émission des factures de "
                    + InvoiceView.monthLabel(month()) + " est déjà en cours : attendez qu’elle soit terminée.");
        }
        state = RunState.REQUESTED;
        requestedAt = at;
        requestedBy = by;
        startedAt = null;
        finishedAt = null;
        failureReason = null;
        familiesDone = 0;
    }

    private void requireHeldBy(String byWorker) {
        if (state != RunState.RUNNING || !byWorker.equals(worker)) {
            throw new IllegalStateException("Run " + id + " is no longer held by " + byWorker);
        }
    }

    private void keepSkipped(List<Skipped> leftAside) {
        familiesSkipped = leftAside.size();
        skipped = List.copyOf(leftAside.subList(0, Math.min(leftAside.size(), SKIPPED_KEPT)));
    }

    public String id() { return id; }
    public String regie() { return regie; }
    public YearMonth month() { return YearMonth.parse(month); }
    public RunState state() { return state; }
    public Instant requestedAt() { return requestedAt; }
    public String requestedBy() { return requestedBy; }
    public int passes() { return passes; }
    public String worker() { return worker; }
    public Instant leaseUntil() { return leaseUntil; }
    public Instant startedAt() { return startedAt; }
    public Instant finishedAt() { return finishedAt; }
    public int familiesTotal() { return familiesTotal; }
    public int familiesDone() { return familiesDone; }
    public int invoicesIssued() { return invoicesIssued; }
    public int familiesSkipped() { return familiesSkipped; }
    public List<Skipped> skipped() { return List.copyOf(skipped); }
    public String failureReason() { return failureReason; }
}
