package fr.portailfamilles.billing.invoicing;

import fr.portailfamilles.billing.directory.FamilyForgotten;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An erased family's invoices stay (public accounting keeps them), but without the payer's and
 * the children's names: amounts, dates and numbers only.
 */
@Component
class ForgettingFamilies {

    private final Invoices invoices;

    ForgettingFamilies(Invoices invoices) {
        this.invoices = invoices;
    }

    @EventListener
    void on(FamilyForgotten forgotten) {
        invoices.ofFamily(forgotten.familyId()).forEach(invoice -> invoices.change(invoice.id(), i -> {
            i.anonymise();
            return i;
        }));
    }
}
