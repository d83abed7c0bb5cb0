package fr.portailfamilles.billing.invoicing.domain;

import fr.portailfamilles.billing.money.Euros;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A correction of an issued invoice: the invoice itself is never edited; a credit note of its own
 * number says how much of it the family no longer owes, and why. Its number is given once it is
 * recorded (null until then), from the credit notes' own sequence.
 */
public record CreditNote(String id, String number, BigDecimal amount, String reason, Instant issuedAt) {

    public static final int REASON_MAX = 300;

    public CreditNote {
        if (amount == null || amount.signum() <= 0 || !Euros.isCents(amount)) {
            throw DomainProblem.invalid("avoir-invalide", "Le montant d'un avoir est positif, en euros au centime près.");
        }
        if (reason == null || reason.isBlank() || reason.length() > REASON_MAX) {
            throw DomainProblem.invalid("avoir-invalide",
                    "Le motif de l'avoir est obligatoire (" + REASON_MAX + " caractères au plus).");
        }
        amount = Euros.of(amount);
        reason = reason.strip();
    }

    /**
     * Refuses a credit note that would credit more than the invoice still carries.
     *
     * @param invoiced        the invoice's total
     * @param alreadyCredited what earlier credit notes already took off
     */
    public void checkFits(BigDecimal invoiced, BigDecimal alreadyCredited) {
        BigDecimal room = invoiced.subtract(alreadyCredited);
        if (amount.compareTo(room) > 0) {
            throw DomainProblem.unprocessable("avoir-superieur-a-la-facture",
                    "L'avoir ne peut dépasser ce qui reste facturé : " + Euros.french(room) + ".");
        }
    }

    public boolean isNumbered() {
        return number != null;
    }

    public CreditNote numbered(String allocated) {
        return new CreditNote(id, allocated, amount, reason, issuedAt);
    }
}
