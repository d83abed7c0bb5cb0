package fr.portailfamilles.billing.tariff.domain;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The price of one unit of one activity over a validity period, by family-quotient bracket.
 * The brackets cover every quotient from 0 upwards without gap or overlap, the last one open,
 * so that any family, known quotient or not, has exactly one price.
 *
 * @param validUntil last day of validity, or null while the tariff has no end
 */
public record Tariff(String id, String activityId, String unit, String unitLabel, LocalDate validFrom,
        LocalDate validUntil, List<QuotientBracket> brackets) {

    public Tariff {
        requireText(id, "L'identifiant du tarif");
        requireText(activityId, "L'activité");
        requireText(unit, "L'unité");
        requireText(unitLabel, "Le libellé de l'unité");
        if (validFrom == null || (validUntil != null && validUntil.isBefore(validFrom))) {
            throw DomainProblem.invalid("tarif-invalide",
                    "La période de validité du tarif doit avoir un début, et une fin après ce début.");
        }
        brackets = sortedAndContiguous(brackets);
    }

    public boolean appliesTo(String activity, String unitCode, LocalDate date) {
        return activityId.equals(activity) && unit.equals(unitCode) && isValidOn(date);
    }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil));
    }

    public boolean overlaps(Tariff other) {
        boolean sameUnit = activityId.equals(other.activityId) && unit.equals(other.unit) && !id.equals(other.id);
        boolean startsBeforeOtherEnds = other.validUntil == null || !validFrom.isAfter(other.validUntil);
        boolean endsAfterOtherStarts = validUntil == null || !validUntil.isBefore(other.validFrom);
        return sameUnit && startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    public QuotientBracket bracketFor(int quotient) {
        return brackets.stream().filter(b -> b.contains(quotient)).findFirst().orElseThrow();
    }

    public QuotientBracket topBracket() {
        return brackets.get(brackets.size() - 1);
    }

    private static List<QuotientBracket> sortedAndContiguous(List<QuotientBracket> brackets) {
        if (brackets == null || brackets.isEmpty()) {
            throw DomainProblem.invalid("tarif-invalide", "Un tarif a au moins une tranche de quotient familial.");
        }
        List<QuotientBracket> sorted = brackets.stream().sorted(Comparator.comparingInt(QuotientBracket::from)).toList();
        boolean contiguous = sorted.get(0).from() == 0 && sorted.get(sorted.size() - 1).isOpenTop();
        for (int i = 1; i < sorted.size() && contiguous; i++) {
            Integer previousEnd = sorted.get(i - 1).to();
            contiguous = previousEnd != null && sorted.get(i).from() == previousEnd + 1;
        }
        if (!contiguous) {
            throw DomainProblem.invalid("tranches-incompletes", "Les tranches de quotient familial doivent partir de 0, "
                    + "se suivre sans trou ni chevauchement, et la dernière doit être sans limite haute.");
        }
        return sorted;
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw DomainProblem.invalid("tarif-invalide", what + " est obligatoire.");
        }
    }
}
