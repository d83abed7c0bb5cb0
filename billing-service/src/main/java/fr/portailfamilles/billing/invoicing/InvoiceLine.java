package fr.portailfamilles.billing.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of an invoice: a child's days of one unit of one activity at one price.
 *
 * @param unitRow  the grid row of the unit (ACCUEIL, SUPPLEMENT, JOURNEE) when known; meals
 *                 (SUPPLEMENT) are not childcare for the tax attestation
 * @param bracket  the quotient bracket applied, in words
 */
public record InvoiceLine(String childId, String childName, String activityId, String activityName, String unit,
        String unitLabel, String unitRow, String bracket, BigDecimal unitPrice, List<LocalDate> dates,
        BigDecimal amount) {

    public int days() {
        return dates.size();
    }

    public boolean isChildcare() {
        return !"SUPPLEMENT".equals(unitRow) && !unit.toLowerCase().contains("repas");
    }

    InvoiceLine anonymised() {
        return new InvoiceLine(childId, "Enfant", activityId, activityName, unit, unitLabel, unitRow, bracket,
                unitPrice, dates, amount);
    }
}
