package fr.portailfamilles.billing.attestation;

import fr.portailfamilles.billing.directory.ChildRecord;
import fr.portailfamilles.billing.directory.Directory;
import fr.portailfamilles.billing.directory.FamilyRecord;
import fr.portailfamilles.billing.invoicing.Invoice;
import fr.portailfamilles.billing.invoicing.InvoiceLine;
import fr.portailfamilles.billing.invoicing.Invoices;
import fr.portailfamilles.billing.money.Euros;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The yearly attestation of childcare costs for the tax return: for each child under six on the
 * 1st of January, what the family paid for their care in the year's invoices. Meals are not
 * childcare and are left out; an invoice paid in part counts in proportion of what was paid.
 */
@Service
public class ChildcareAttestation {

    private final Invoices invoices;
    private final Directory directory;

    ChildcareAttestation(Invoices invoices, Directory directory) {
        this.invoices = invoices;
        this.directory = directory;
    }

    public record Attestation(int year, String familyId, String payerName, List<ChildCosts> children,
            BigDecimal total) {
    }

    public record ChildCosts(String childId, String name, LocalDate birthDate, int days, BigDecimal paid) {
    }

    public Attestation of(String familyId, int year) {
        FamilyRecord family = directory.family(familyId);
        List<Invoice> ofYear = invoices.issuedOfFamily(familyId).stream()
                .filter(invoice -> invoice.month().getYear() == year).toList();
        List<ChildCosts> children = new ArrayList<>();
        for (ChildRecord child : directory.childrenOf(familyId)) {
            if (child.isUnderSixOnFirstJanuary(year)) {
                children.add(costs(child, ofYear));
            }
        }
        if (children.isEmpty()) {
            throw DomainProblem.notFound("attestation-sans-objet", "Aucun enfant de la famille n'avait moins de 6 ans "
                    + "au 1er janvier " + year + " : il n'y a pas d'attestation de frais de garde pour cette année.");
        }
        children.sort(Comparator.comparing(ChildCosts::name));
        return new Attestation(year, familyId, family.payerName(), children,
                Euros.sum(children.stream().map(ChildCosts::paid).toList()));
    }

    private static ChildCosts costs(ChildRecord child, List<Invoice> invoices) {
        BigDecimal paid = BigDecimal.ZERO;
        int days = 0;
        for (Invoice invoice : invoices) {
            List<InvoiceLine> care = invoice.lines().stream()
                    .filter(line -> line.childId().equals(child.id()) && line.isChildcare()).toList();
            BigDecimal invoiced = care.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            paid = paid.add(invoiced.multiply(paidShare(invoice)));
            days += care.stream().mapToInt(InvoiceLine::days).sum();
        }
        return new ChildCosts(child.id(), child.displayName(), child.birthDate(), days, Euros.of(paid));
    }

    /** The share of the invoice the family actually paid, between 0 and 1. */
    private static BigDecimal paidShare(Invoice invoice) {
        if (invoice.total().signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal share = invoice.paid().divide(invoice.total(), 6, RoundingMode.HALF_UP);
        return share.min(BigDecimal.ONE).max(BigDecimal.ZERO);
    }
}
