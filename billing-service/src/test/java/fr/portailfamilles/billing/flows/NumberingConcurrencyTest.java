package fr.portailfamilles.billing.flows;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.billing.invoicing.DocumentNumbers;
import fr.portailfamilles.billing.support.BillingTest;
import fr.portailfamilles.billing.support.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Numbers per régie and year: sequential, never shared, never skipped, even when runs overlap. */
class NumberingConcurrencyTest extends BillingTest {

    @Autowired
    DocumentNumbers numbers;

    @Test
    void concurrentAllocationsNeverShareANumberNorLeaveAGap() throws Exception {
        String series = "T" + UUID.randomUUID().toString().substring(0, 4).toUpperCase().replaceAll("[^A-Z]", "X");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Callable<String>> allocations = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String document = "doc-" + i;
            allocations.add(() -> numbers.allocate(series, 2026, document));
        }
        List<String> allocated = new ArrayList<>();
        for (Future<String> number : threads.invokeAll(allocations)) {
            allocated.add(number.get());
        }
        threads.shutdown();

        assertThat(allocated).doesNotHaveDuplicates().hasSize(120);
        assertThat(allocated.stream().map(n -> Long.parseLong(n.substring(n.lastIndexOf('-') + 1))).sorted().toList())
                .isEqualTo(LongStream.rangeClosed(1, 120).boxed().toList());
        assertThat(numbers.allocate(series, 2026, "doc-7")).isEqualTo(allocated.get(7));
        assertThat(numbers.allocate(series, 2027, "doc-7")).isEqualTo(series + "-2027-000001");
    }

    @Test
    void overlappingRunsOfAMonthIssueOneInvoicePerFamilyAndNumbersStayConsecutive() throws Exception {
        List<Scenario> families = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Scenario family = scenario().quotient(300 + i);
            family.confirmed(LocalDate.of(2026, 8, 3 + i), "matin").applied();
            families.add(family);
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Callable<Object>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(() -> run("2026-08"));
        }
        for (Future<Object> run : threads.invokeAll(runs)) {
            run.get();
        }
        threads.shutdown();

        for (Scenario family : families) {
            assertThat(invoicesOf(family)).hasSize(1);
        }
        List<Long> issued = mongo.find(Query.query(Criteria.where("status").is("ISSUED").and("numberYear").is(2026)),
                Document.class, "invoices").stream().map(d -> d.getString("number"))
                .map(n -> Long.parseLong(n.substring(n.lastIndexOf('-') + 1))).sorted().toList();
        Set<Long> distinct = new TreeSet<>(issued);
        assertThat(distinct).hasSameSizeAs(issued);
        assertThat(issued).isEqualTo(LongStream.rangeClosed(1, issued.size()).boxed().collect(Collectors.toList()));
    }
}
