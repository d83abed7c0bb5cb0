package fr.portailfamilles.billing.tariff.domain;

import fr.portailfamilles.billing.money.Euros;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.math.BigDecimal;

/**
 * One family-quotient bracket of a tariff and its price, bounds included: {@code 601..900}.
 *
 * @param from the lowest quotient of the bracket
 * @param to   the highest quotient, or null for the open top bracket (« plus de 1200 »)
 */
public record QuotientBracket(int from, Integer to, BigDecimal price) {

    public QuotientBracket {
        if (from < 0 || (to != null && to < from)) {
            throw DomainProblem.invalid("tarif-invalide",
                    "Une tranche de quotient familial doit aller d'une valeur positive à une valeur plus grande.");
        }
        if (price == null || price.signum() < 0 || !Euros.isCents(price)) {
            throw DomainProblem.invalid("tarif-invalide",
                    "Le prix d'une tranche doit être un montant positif en euros, au centime près.");
        }
        price = Euros.of(price);
    }

    public boolean contains(int quotient) {
        return quotient >= from && (to == null || quotient <= to);
    }

    public boolean isOpenTop() {
        return to == null;
    }

    /** « QF 0 à 600 », « QF plus de 1200 ». */
    public String label() {
        return to == null ? "QF plus de " + (from - 1) : "QF " + from + " à " + to;
    }
}
