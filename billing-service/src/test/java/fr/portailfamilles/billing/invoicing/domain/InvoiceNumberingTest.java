package fr.portailfamilles.billing.invoicing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceNumberingTest {

    @Test
    void numbersFromOneInSequencePerSeriesAndYear() {
        InvoiceNumbering counter = InvoiceNumbering.start("FAC", 2026);
        List<String> numbers = new ArrayList<>();
        for (String document : List.of("a", "b", "c")) {
            counter = counter.allocateTo(document);
            numbers.add(counter.numberOf(document));
        }
        assertThat(numbers).containsExactly("FAC-2026-000001", "FAC-2026-000002", "FAC-2026-000003");
        assertThat(InvoiceNumbering.counterId("FAC", 2026)).isEqualTo("FAC-2026");
        assertThat(InvoiceNumbering.start("AVO", 2027).allocateTo("x").numberOf("x")).isEqualTo("AVO-2027-000001");
    }

    @Test
    void givesTheSameNumberToTheSameDocumentInsteadOfBurningAnother() {
        InvoiceNumbering counter = InvoiceNumbering.start("FAC", 2026).allocateTo("a").allocateTo("b");
        InvoiceNumbering again = counter.allocateTo("a");
        assertThat(again).isEqualTo(counter);
        assertThat(again.numberOf("a")).isEqualTo("FAC-2026-000001");
        assertThat(again.allocateTo("c").numberOf("c")).isEqualTo("FAC-2026-000003");
    }

    @Test
    void remembersOnlyTheMostRecentAllocations() {
        InvoiceNumbering counter = InvoiceNumbering.start("FAC", 2026);
        for (int i = 0; i < InvoiceNumbering.MEMORY + 5; i++) {
            counter = counter.allocateTo("doc-" + i);
        }
        assertThat(counter.claims()).hasSize(InvoiceNumbering.MEMORY);
        assertThat(counter.last()).isEqualTo(InvoiceNumbering.MEMORY + 5);
        assertThat(counter.claimOf("doc-0")).isEmpty();
    }
}
