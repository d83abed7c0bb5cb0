package fr.portailfamilles.identity.notification.billing;

import fr.portailfamilles.identity.account.domain.MailKind;
import fr.portailfamilles.identity.notification.FrenchFormats;
import fr.portailfamilles.identity.notification.MailingFamilies;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Tells the parents that an invoice is waiting for them on the portal, once per event. */
@Service
public class AnnouncingInvoices {

    private final MailingFamilies families;

    AnnouncingInvoices(MailingFamilies families) {
        this.families = families;
    }

    public void issued(String eventId, InvoiceIssued invoice) {
        families.mailParents(invoice.familyId(), eventId, MailKind.INVOICE_ISSUED, Map.of(
                "numero", invoice.number(),
                "mois", FrenchFormats.month(invoice.month()),
                "montant", FrenchFormats.euros(invoice.total()),
                "echeance", FrenchFormats.day(invoice.dueDate()),
                "chemin", "/factures"));
    }
}
