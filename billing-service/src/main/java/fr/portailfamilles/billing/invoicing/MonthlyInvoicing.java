package fr.portailfamilles.billing.invoicing;

import fr.portailfamilles.billing.usage.UsageLedger;
import fr.portailfamilles.billing.usage.UsageRecord;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * One pass over a month: one invoice per family with billable days. Invoicing a family is
 * idempotent (the invoice's id is derived from the family and the month, the draft is one insert,
 * a number goes once to a document, an issued invoice is left as it is), so a pass may be repeated
 * after a crash or by a relaunch: it only finishes what is missing. A family whose days lack a
 * tariff is left aside with the reason, to be invoiced by a later pass.
 */
@Component
class MonthlyInvoicing {

    private final UsageLedger usage;
    private final Invoices invoices;
    private final InvoiceDrafting drafting;
    private final Issuing issuing;

    MonthlyInvoicing(UsageLedger usage, Invoices invoices, InvoiceDrafting drafting, Issuing issuing) {
        this.usage = usage;
        this.invoices = invoices;
        this.drafting = drafting;
        this.issuing = issuing;
    }

    /** Told after each family; may throw to stop the pass (the run was taken over, the service stops). */
    @FunctionalInterface
    interface Progress {
        void after(int familiesDone, int familiesTotal, List<InvoicingRun.Skipped> skipped);
    }

    record Outcome(int familiesTotal, List<InvoicingRun.Skipped> skipped) {
    }

    Outcome invoice(YearMonth month, Progress progress) {
        Map<String, List<UsageRecord>> byFamily = usage.ofMonth(month).stream()
                .collect(Collectors.groupingBy(UsageRecord::familyId, TreeMap::new, Collectors.toList()));
        List<InvoicingRun.Skipped> skipped = new ArrayList<>();
        int done = 0;
        for (Map.Entry<String, List<UsageRecord>> family : byFamily.entrySet()) {
            try {
                invoiceFamily(family.getKey(), month, family.getValue());
            } catch (DomainProblem problem) {
                skipped.add(new InvoicingRun.Skipped(family.getKey(), problem.getMessage()));
            }
            progress.after(++done, byFamily.size(), List.copyOf(skipped));
        }
        return new Outcome(byFamily.size(), List.copyOf(skipped));
    }

    /** How many invoices of the month are issued: every pass of the month's run counts them all. */
    int issuedOf(YearMonth month) {
        return (int) invoices.countIssuedOfMonth(month);
    }

    void invoiceFamily(String familyId, YearMonth month, List<UsageRecord> records) {
        Optional<Invoice> existing = invoices.byId(Invoice.idFor(familyId, month));
        if (existing.isPresent()) {
            finishInterrupted(existing.get(), records);
            return;
        }
        Optional<Invoice> draft = drafting.draft(familyId, month, records);
        if (draft.isEmpty()) {
            return;
        }
        try {
            invoices.insert(draft.get());
        } catch (DuplicateKeyException concurrentPass) {
            invoices.byId(draft.get().id()).filter(Invoice::isDraft).ifPresent(issuing::issue);
            return;
        }
        issuing.issue(draft.get());
    }

    /** A draft left by a crash is issued; an issued invoice whose days were not all marked is marked. */
    private void finishInterrupted(Invoice invoice, List<UsageRecord> records) {
        if (invoice.isDraft()) {
            issuing.issue(invoice);
            return;
        }
        Set<String> taken = Set.copyOf(invoice.usageIds());
        List<String> unmarked = records.stream().filter(r -> r.invoiceId() == null && taken.contains(r.id()))
                .map(UsageRecord::id).toList();
        if (!unmarked.isEmpty()) {
            usage.markInvoiced(unmarked, invoice.id());
        }
    }
}
