package fr.portailfamilles.billing.tariff.domain;

import java.math.BigDecimal;

/**
 * The price a family pays for one unit on one day, and why.
 *
 * @param quotientUnknown true when the family has no recorded quotient and pays the top bracket
 */
public record TariffSelection(Tariff tariff, QuotientBracket bracket, boolean quotientUnknown) {

    public BigDecimal price() {
        return bracket.price();
    }

    public String bracketLabel() {
        return quotientUnknown ? bracket.label() + " (quotient non communiqué)" : bracket.label();
    }
}
