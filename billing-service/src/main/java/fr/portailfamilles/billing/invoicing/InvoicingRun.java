package fr.portailfamilles.billing.invoicing;

import fr.portailfamilles.billing.usage.UsageLedger;
import fr.portailfamilles.billing.usage.UsageRecord;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The monthly invoicing run: one invoice per family with billable days in the month. A family
 * already invoiced for that month is left as it is, so running a month again changes nothing;
 * a family whose days lack a tariff is reported and invoiced by a later run.
 */
@Service
public class InvoicingRun {

    static final String RUNS = "invoicing_runs";
    private static final Logger log = LoggerFactory.getLogger(InvoicingRun.class);

    private final UsageLedger usage;
    private final Invoices invoices;
    private final InvoiceDrafting drafting;
    private final Issuing issuing;
    private final MongoTemplate mongo;
    private final Clock clock;

    InvoicingRun(UsageLedger usage, Invoices invoices, InvoiceDrafting drafting, Issuing issuing, MongoTemplate mongo,
            Clock clock) {
        this.usage = usage;
        this.invoices = invoices;
        this.drafting = drafting;
        this.issuing = issuing;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** What a run did, kept as the run's history. */
    public record RunReport(String month, Instant ranAt, String ranBy, List<String> issued,
            int alreadyInvoiced, List<Skipped> skipped) {
    }

    public record Skipped(String familyId, String reason) {
    }

    public RunReport run(YearMonth month, String ranBy) {
        if (month.isAfter(TownTime.monthOf(clock.instant()))) {
            throw DomainProblem.unprocessable("mois-a-venir", "Le mois " + month + " n'a pas commencé : "
                    + "il ne peut pas encore être facturé.");
        }
        Map<String, List<UsageRecord>> byFamily = usage.ofMonth(month).stream()
                .collect(Collectors.groupingBy(UsageRecord::familyId, TreeMap::new, Collectors.toList()));
        List<String> issued = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        int already = 0;
        for (Map.Entry<String, List<UsageRecord>> family : byFamily.entrySet()) {
            try {
                Optional<Invoice> result = invoiceFamily(family.getKey(), month, family.getValue());
                if (result.isPresent()) {
                    issued.add(result.get().number());
                } else if (invoices.byId(Invoice.idFor(family.getKey(), month)).isPresent()) {
                    already++;
                }
            } catch (DomainProblem problem) {
                skipped.add(new Skipped(family.getKey(), problem.getMessage()));
            }
        }
        RunReport report = new RunReport(month.toString(), clock.instant(), ranBy, issued, already, skipped);
        mongo.insert(report, RUNS);
        log.info("Invoicing run of {}: {} issued, {} already invoiced, {} skipped", month, issued.size(), already,
                skipped.size());
        return report;
    }

    public List<RunReport> history() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "ranAt")).limit(50), RunReport.class, RUNS);
    }

    /** @return the invoice issued by this call, or empty (nothing billable, or already invoiced) */
    private Optional<Invoice> invoiceFamily(String familyId, YearMonth month, List<UsageRecord> records) {
        Optional<Invoice> existing = invoices.byId(Invoice.idFor(familyId, month));
        if (existing.isPresent()) {
            return existing.get().isDraft() ? issued(existing.get()) : Optional.empty();
        }
        Optional<Invoice> draft = drafting.draft(familyId, month, records);
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        try {
            invoices.insert(draft.get());
        } catch (DuplicateKeyException concurrentRun) {
            return invoices.byId(draft.get().id()).filter(Invoice::isDraft).flatMap(this::issued);
        }
        return issued(draft.get());
    }

    private Optional<Invoice> issued(Invoice draft) {
        return issuing.issue(draft) ? invoices.byId(draft.id()) : Optional.empty();
    }
}
