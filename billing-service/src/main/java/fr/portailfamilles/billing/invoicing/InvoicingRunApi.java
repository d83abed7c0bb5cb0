package fr.portailfamilles.billing.invoicing;

import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff run a month's invoicing and see the past runs. */
@RestController
@RequestMapping("/api/billing/invoicing-runs")
class InvoicingRunApi {

    private final InvoicingRun run;

    InvoicingRunApi(InvoicingRun run) {
        this.run = run;
    }

    @PostMapping
    InvoicingRun.RunReport run(CurrentUser user, @Valid @RequestBody RunRequest request) {
        user.requireStaff();
        return run.run(month(request.month()), user.name() == null ? user.accountId() : user.name());
    }

    @GetMapping
    List<InvoicingRun.RunReport> history(CurrentUser user) {
        user.requireStaff();
        return run.history();
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
}
