package fr.portailfamilles.billing.invoicing;

import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff ask for a month's invoicing and follow it: the request is answered at once (202 and the
 * run's address), the run goes on in the background; asking for a month again gives its run.
 */
@RestController
@RequestMapping(InvoicingRunApi.PATH)
class InvoicingRunApi {

    static final String PATH = "/api/billing/invoicing-runs";
    private static final int HISTORY = 50;

    private final RequestingInvoicingRun requesting;
    private final InvoicingRuns runs;

    InvoicingRunApi(RequestingInvoicingRun requesting, InvoicingRuns runs) {
        this.requesting = requesting;
        this.runs = runs;
    }

    @PostMapping
    ResponseEntity<RunView> request(CurrentUser user, @Valid @RequestBody RunRequest request) {
        user.requireStaff();
        RequestingInvoicingRun.Requested requested = requesting.request(month(request.month()), who(user));
        return answer(requested.created() ? HttpStatus.ACCEPTED : HttpStatus.OK, requested.run());
    }

    @GetMapping
    List<RunView> history(CurrentUser user) {
        user.requireStaff();
        return runs.latest(HISTORY).stream().map(RunView::of).toList();
    }

    @GetMapping("/{id}")
    RunView one(CurrentUser user, @PathVariable String id) {
        user.requireStaff();
        return RunView.of(runs.found(id));
    }

    @PostMapping("/{id}/relaunch")
    ResponseEntity<RunView> relaunch(CurrentUser user, @PathVariable String id) {
        user.requireStaff();
        return answer(HttpStatus.ACCEPTED, requesting.relaunch(id, who(user)));
    }

    private static ResponseEntity<RunView> answer(HttpStatus status, InvoicingRun run) {
        return ResponseEntity.status(status).location(URI.create(PATH + "/" + run.id())).body(RunView.of(run));
    }

    private static String who(CurrentUser user) {
        return user.name() == null ? user.accountId() : user.name();
    }

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw DomainProblem.invalid("mois-invalide", "Le mois doit s'écrire AAAA-MM, par exemple 2026-11.");
        }
    }

    record RunRequest(@NotBlank String month) {
    }

    /** A run as staff follow it: its state in French, its counts and its times. */
    record RunView(String id, String month, String monthLabel, String state, String stateLabel, Instant requestedAt,
            String requestedBy, Instant startedAt, Instant finishedAt, int passes, int familiesTotal, int familiesDone,
            int invoicesIssued, int familiesSkipped, List<InvoicingRun.Skipped> skipped, String failureReason) {

        static RunView of(InvoicingRun run) {
            return new RunView(run.id(), run.month().toString(), InvoiceView.monthLabel(run.month()),
                    run.state().name(), run.state().label(), run.requestedAt(), run.requestedBy(), run.startedAt(),
                    run.finishedAt(), run.passes(), run.familiesTotal(), run.familiesDone(), run.invoicesIssued(),
                    run.familiesSkipped(), run.skipped(), run.failureReason());
        }
    }
}
