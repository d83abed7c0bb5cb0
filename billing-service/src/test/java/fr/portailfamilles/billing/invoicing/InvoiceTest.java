package fr.portailfamilles.billing.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailfamilles.billing.invoicing.domain.CreditNote;
import fr.portailfamilles.billing.invoicing.domain.PaymentState;
import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.platform.problem.ProblemKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    static final Instant ISSUED = Instant.parse("2026-11-02T08:00:00Z");

    static Invoice issuedInvoice() {
        InvoiceLine mornings = new InvoiceLine("chd-lea", "Léa Martin", "aps", "APS", "matin", "Matin", "ACCUEIL",
                "QF 601 à 900", new BigDecimal("1.40"), List.of(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6)),
                new BigDecimal("2.80"));
        InvoiceLine meals = new InvoiceLine("chd-lea", "Léa Martin", "alsh", "Mercredis", "repas", "Repas",
                "SUPPLEMENT", "QF 601 à 900", new BigDecimal("3.20"), List.of(LocalDate.of(2026, 10, 7)),
                new BigDecimal("3.20"));
        Invoice invoice = Invoice.draft("fam-martin", YearMonth.of(2026, 10),
                new Invoice.Payer("Claire Martin", "claire@example.fr", 780),
                new RegieDetails("r", "Régie", "Ville", "Service", List.of("Mairie"), "contact"),
                List.of(mornings, meals), List.of("u1", "u2", "u3"), ISSUED);
        invoice.issue("FAC-2026-000001", ISSUED, 30, i -> event("issued"));
        return invoice;
    }

    @Test
    void totalsItsLinesAndIsDueThirtyDaysAfterIssue() {
        Invoice invoice = issuedInvoice();
        assertThat(invoice.total()).isEqualByComparingTo("6.00");
        assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(invoice.state(LocalDate.of(2026, 11, 10))).isEqualTo(PaymentState.A_PAYER);
        assertThat(invoice.state(LocalDate.of(2026, 12, 3))).isEqualTo(PaymentState.EN_RETARD);
        assertThat(invoice.lines().get(1).isChildcare()).isFalse();
    }

    @Test
    void isIssuedOnceWithOneEvent() {
        Invoice invoice = issuedInvoice();
        assertThat(invoice.issue("FAC-2026-000009", ISSUED, 30, i -> event("again"))).isFalse();
        assertThat(invoice.number()).isEqualTo("FAC-2026-000001");
    }

    @Test
    void aPartialPaymentLeavesABalanceAndTheSamePaymentTwiceCountsOnce() {
        Invoice invoice = issuedInvoice();
        Payment part = new Payment("p1", new BigDecimal("2.00"), PaymentMethod.ONLINE, ISSUED, "T1", null);
        assertThat(invoice.recordPayment(part, p -> event("paid"))).isTrue();
        assertThat(invoice.recordPayment(part, p -> event("paid"))).isFalse();
        assertThat(invoice.paid()).isEqualByComparingTo("2.00");
        assertThat(invoice.balance()).isEqualByComparingTo("4.00");
        assertThat(invoice.state(LocalDate.of(2026, 11, 10))).isEqualTo(PaymentState.A_PAYER);
        invoice.recordPayment(new Payment("p2", new BigDecimal("4.00"), PaymentMethod.CASH, ISSUED, null, "agent"),
                p -> event("paid"));
        assertThat(invoice.state(LocalDate.of(2027, 1, 1))).isEqualTo(PaymentState.PAYEE);
    }

    @Test
    void refusesToStartPayingAPaidInvoiceOrMoreThanTheBalance() {
        Invoice invoice = issuedInvoice();
        assertThatThrownBy(() -> invoice.checkPayable(new BigDecimal("6.01")))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.kind()).isEqualTo(ProblemKind.UNPROCESSABLE));
        invoice.recordPayment(new Payment("p1", new BigDecimal("6.00"), PaymentMethod.CHEQUE, ISSUED, "123", "a"),
                p -> event("paid"));
        assertThatThrownBy(() -> invoice.checkPayable(new BigDecimal("1.00")))
                .isInstanceOfSatisfying(DomainProblem.class, p -> {
                    assertThat(p.kind()).isEqualTo(ProblemKind.CONFLICT);
                    assertThat(p.code()).isEqualTo("facture-deja-reglee");
                });
    }

    @Test
    void aCreditNoteLowersTheBalanceWithoutEditingTheInvoice() {
        Invoice invoice = issuedInvoice();
        CreditNote note = new CreditNote("c1", null, new BigDecimal("1.40"), "Absence justifiée", ISSUED);
        assertThat(invoice.addCreditNote(note)).isTrue();
        assertThat(invoice.addCreditNote(note)).isFalse();
        assertThat(invoice.numberCreditNote("c1", "AVO-2026-000001", n -> event("credit"))).isTrue();
        assertThat(invoice.numberCreditNote("c1", "AVO-2026-000002", n -> event("credit"))).isFalse();
        assertThat(invoice.total()).isEqualByComparingTo("6.00");
        assertThat(invoice.credited()).isEqualByComparingTo("1.40");
        assertThat(invoice.balance()).isEqualByComparingTo("4.60");
        assertThat(invoice.creditNote("c1").orElseThrow().number()).isEqualTo("AVO-2026-000001");
        assertThatThrownBy(() -> invoice.addCreditNote(new CreditNote("c2", null, new BigDecimal("4.61"), "trop",
                ISSUED))).isInstanceOf(DomainProblem.class);
    }

    @Test
    void aDraftTakesNeitherPaymentNorCreditNote() {
        Invoice draft = Invoice.draft("fam-x", YearMonth.of(2026, 10), new Invoice.Payer("X", null, null),
                new RegieDetails("r", "Régie", "Ville", "Service", List.of(), "c"), List.of(), List.of(), ISSUED);
        assertThat(draft.quotientUnknown()).isTrue();
        assertThatThrownBy(() -> draft.recordPayment(new Payment("p", BigDecimal.ONE, PaymentMethod.CASH, ISSUED,
                null, "a"), p -> event("x"))).isInstanceOf(DomainProblem.class);
    }

    static OutboxEvent event(String type) {
        return new OutboxEvent(UUID.randomUUID().toString(), "t", "k", type, ISSUED, "{}", null);
    }
}
