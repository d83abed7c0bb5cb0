package fr.portailfamilles.billing.invoicing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.platform.problem.ProblemKind;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CreditNoteTest {

    @Test
    void mayCreditUpToWhatTheInvoiceStillCarries() {
        CreditNote note = new CreditNote("c1", null, new BigDecimal("5"), " Absence justifiée oubliée ", Instant.EPOCH);
        assertThat(note.amount()).isEqualByComparingTo("5.00");
        assertThat(note.reason()).isEqualTo("Absence justifiée oubliée");
        note.checkFits(new BigDecimal("20.00"), new BigDecimal("15.00"));
        assertThatThrownBy(() -> note.checkFits(new BigDecimal("20.00"), new BigDecimal("15.01")))
                .isInstanceOfSatisfying(DomainProblem.class, p -> {
                    assertThat(p.kind()).isEqualTo(ProblemKind.UNPROCESSABLE);
                    assertThat(p.getMessage()).contains("4,99");
                });
    }

    @Test
    void needsAPositiveAmountInCentsAndAReason() {
        assertThatThrownBy(() -> new CreditNote("c", null, BigDecimal.ZERO, "motif", Instant.EPOCH))
                .isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> new CreditNote("c", null, new BigDecimal("1.001"), "motif", Instant.EPOCH))
                .isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> new CreditNote("c", null, BigDecimal.ONE, " ", Instant.EPOCH))
                .isInstanceOf(DomainProblem.class);
    }

    @Test
    void isNumberedOnceRecorded() {
        CreditNote note = new CreditNote("c1", null, BigDecimal.ONE, "motif", Instant.EPOCH);
        assertThat(note.isNumbered()).isFalse();
        assertThat(note.numbered("AVO-2026-000001").number()).isEqualTo("AVO-2026-000001");
    }
}
