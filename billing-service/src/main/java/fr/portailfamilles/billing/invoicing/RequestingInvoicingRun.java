package fr.portailfamilles.billing.invoicing;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.Clock;
import java.time.YearMonth;
import org.springframework.stereotype.Service;

/**
 * Staff, or the schedule, ask for a month's invoicing: the request is recorded (one run per régie
 * and month; asking again gives the run already there) and the worker executes it in the
 * background, so the answer never waits for the invoices.
 */
@Service
public class RequestingInvoicingRun {

    private final InvoicingRuns runs;
    private final InvoicingWorker worker;
    private final RegieProperties regie;
    private final Clock clock;

    RequestingInvoicingRun(InvoicingRuns runs, InvoicingWorker worker, RegieProperties regie, Clock clock) {
        this.runs = runs;
        this.worker = worker;
        this.regie = regie;
        this.clock = clock;
    }

    /** The month's run, and whether this request created it. */
    public record Requested(InvoicingRun run, boolean created) {
    }

    public Requested request(YearMonth month, String by) {
        if (month.isAfter(TownTime.monthOf(clock.instant()))) {
            throw DomainProblem.unprocessable("mois-a-venir", "Le mois de " + InvoiceView.monthLabel(month)
                    + " n’a pas commencé : il ne peut pas encore être facturé.");
        }
        InvoicingRun run = InvoicingRun.requested(regie.code(), month, by, clock.instant());
        if (!runs.create(run)) {
            return new Requested(runs.found(run.id()), false);
        }
        worker.wake();
        return new Requested(run, true);
    }

    /** The month again: only the families not invoiced yet get an invoice. */
    public InvoicingRun relaunch(String runId, String by) {
        InvoicingRun run = runs.change(runId, r -> r.relaunch(by, clock.instant()));
        worker.wake();
        return run;
    }
}
