package fr.portailfamilles.billing.invoicing;

import fr.portailfamilles.billing.directory.ActivityRecord;
import fr.portailfamilles.billing.directory.ChildRecord;
import fr.portailfamilles.billing.directory.Directory;
import fr.portailfamilles.billing.directory.FamilyRecord;
import fr.portailfamilles.billing.money.Euros;
import fr.portailfamilles.billing.tariff.Tariffs;
import fr.portailfamilles.billing.tariff.domain.TariffGrid;
import fr.portailfamilles.billing.tariff.domain.TariffSelection;
import fr.portailfamilles.billing.usage.UsageRecord;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Drafts a family's invoice for a month from the billable days (billing rules), priced by the
 * tariff valid on each day at the family's quotient, one line per child, activity, unit and price.
 */
@Component
class InvoiceDrafting {

    private static final List<String> ROW_ORDER = List.of("ACCUEIL", "SUPPLEMENT", "JOURNEE");

    private final Directory directory;
    private final Tariffs tariffs;
    private final RegieProperties regie;
    private final Clock clock;

    InvoiceDrafting(Directory directory, Tariffs tariffs, RegieProperties regie, Clock clock) {
        this.directory = directory;
        this.tariffs = tariffs;
        this.regie = regie;
        this.clock = clock;
    }

    /**
     * @return empty when nothing of the month is billable for this family
     * @throws DomainProblem when a billed day has no tariff (staff must add it, then run again)
     */
    Optional<Invoice> draft(String familyId, YearMonth month, List<UsageRecord> records) {
        List<UsageRecord> billed = records.stream().filter(r -> r.decision().billed()).toList();
        if (billed.isEmpty()) {
            return Optional.empty();
        }
        FamilyRecord family = directory.family(familyId);
        TariffGrid grid = tariffs.gridFor(billed.stream().map(UsageRecord::activityId).collect(Collectors.toSet()));
        Map<String, ChildRecord> children = directory.children(billed.stream().map(UsageRecord::childId)
                .collect(Collectors.toSet()));
        Map<String, ActivityRecord> activities = billed.stream().map(UsageRecord::activityId).distinct()
                .collect(Collectors.toMap(Function.identity(), directory::activity));
        Map<String, List<UsageRecord>> byLine = new LinkedHashMap<>();
        Map<String, TariffSelection> prices = new LinkedHashMap<>();
        for (UsageRecord day : billed) {
            TariffSelection selection = grid.select(day.activityId(), day.unit(), day.date(), family.quotient())
                    .orElseThrow(() -> missingTariff(activities.get(day.activityId()), day));
            String key = String.join("|", day.childId(), day.activityId(), day.unit(), selection.tariff().id(),
                    selection.price().toPlainString());
            prices.putIfAbsent(key, selection);
            byLine.computeIfAbsent(key, k -> new ArrayList<>()).add(day);
        }
        List<InvoiceLine> lines = byLine.entrySet().stream()
                .map(e -> line(e.getValue(), prices.get(e.getKey()), children, activities))
                .sorted(lineOrder())
                .toList();
        Invoice.Payer payer = new Invoice.Payer(family.payerName(), family.email(), family.quotient());
        return Optional.of(Invoice.draft(familyId, month, payer, regie.details(), lines,
                billed.stream().map(UsageRecord::id).toList(), clock.instant()));
    }

    private static InvoiceLine line(List<UsageRecord> days, TariffSelection price, Map<String, ChildRecord> children,
            Map<String, ActivityRecord> activities) {
        UsageRecord first = days.get(0);
        ActivityRecord activity = activities.get(first.activityId());
        List<LocalDate> dates = days.stream().map(UsageRecord::date).distinct().sorted().toList();
        String row = activity.unit(first.unit()).map(ActivityRecord.UnitRecord::row).orElse(null);
        String label = activity.unit(first.unit()).map(ActivityRecord.UnitRecord::label)
                .orElse(price.tariff().unitLabel());
        return new InvoiceLine(first.childId(), children.get(first.childId()).displayName(), first.activityId(),
                activity.name(), first.unit(), label, row, price.bracketLabel(), price.price(), dates,
                Euros.of(price.price().multiply(BigDecimal.valueOf(dates.size()))));
    }

    private static Comparator<InvoiceLine> lineOrder() {
        return Comparator.comparing(InvoiceLine::childName).thenComparing(InvoiceLine::activityName)
                .thenComparing(line -> line.unitRow() == null ? 9 : ROW_ORDER.indexOf(line.unitRow()))
                .thenComparing(InvoiceLine::unitLabel)
                .thenComparing(line -> line.dates().get(0));
    }

    private static DomainProblem missingTariff(ActivityRecord activity, UsageRecord day) {
        return DomainProblem.unprocessable("tarif-introuvable", "Aucun tarif pour « " + activity.name() + " », unité « "
                + day.unit() + " », le " + day.date() + ".");
    }
}
