package fr.portailfamilles.billing.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailfamilles.billing.invoicing.domain.RunState;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InvoicingRunTest {

    static final Instant AT = Instant.parse("2026-12-02T05:00:00Z");
    static final Duration LEASE = Duration.ofSeconds(30);

    static InvoicingRun requested() {
        return InvoicingRun.requested("enfance-jeunesse", YearMonth.of(2026, 11), "Agent", AT);
    }

    @Test
    void goesFromRequestedThroughRunningToDoneWithItsCountsAndTimes() {
        InvoicingRun run = requested();
        assertThat(run.id()).isEqualTo("enfance-jeunesse-2026-11");
        assertThat(run.state()).isEqualTo(RunState.REQUESTED);
        assertThat(run.isClaimable(AT)).isTrue();

        run.start("w1", AT.plusSeconds(1), LEASE);
        assertThat(run.state()).isEqualTo(RunState.RUNNING);
        assertThat(run.state().label()).isEqualTo("En cours");
        assertThat(run.isClaimable(AT.plusSeconds(2))).isFalse();
        run.progress("w1", 40, 120, 39, List.of(new InvoicingRun.Skipped("fam-a", "Aucun tarif")), AT.plusSeconds(20),
                LEASE);
        assertThat(run.isClaimable(AT.plusSeconds(45))).as("lease renewed by the progress").isFalse();
        run.finish("w1", 120, 118, List.of(new InvoicingRun.Skipped("fam-a", "Aucun tarif"),
                new InvoicingRun.Skipped("fam-b", "Aucun tarif")), AT.plusSeconds(60));

        assertThat(run.state()).isEqualTo(RunState.DONE);
        assertThat(run.state().label()).isEqualTo("Terminée");
        assertThat(run.startedAt()).isEqualTo(AT.plusSeconds(1));
        assertThat(run.finishedAt()).isEqualTo(AT.plusSeconds(60));
        assertThat(run.familiesDone()).isEqualTo(120);
        assertThat(run.invoicesIssued()).isEqualTo(118);
        assertThat(run.familiesSkipped()).isEqualTo(2);
        assertThat(run.isClaimable(AT.plusSeconds(3600))).isFalse();
    }

    @Test
    void aRunWhoseLeaseRanOutIsTakenUpAgainAndItsFormerWorkerCanNoLongerWrite() {
        InvoicingRun run = requested();
        run.start("crashed", AT, LEASE);
        assertThat(run.isClaimable(AT.plus(LEASE).minusSeconds(1))).isFalse();
        assertThat(run.isClaimable(AT.plus(LEASE))).isTrue();

        run.start("restarted", AT.plus(LEASE), LEASE);

        assertThat(run.passes()).isEqualTo(2);
        assertThat(run.startedAt()).as("the run's start stays the first one").isEqualTo(AT);
        assertThatThrownBy(() -> run.finish("crashed", 1, 1, List.of(), AT.plusSeconds(90)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> run.start("third", AT.plus(LEASE).plusSeconds(1), LEASE))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void failsWithItsReasonAndCanThenBeRelaunched() {
        InvoicingRun run = requested();
        run.start("w1", AT, LEASE);
        run.fail("w1", "Erreur technique", AT.plusSeconds(5));
        assertThat(run.state().label()).isEqualTo("Échouée");
        assertThat(run.failureReason()).isEqualTo("Erreur technique");

        run.relaunch("Agent 2", AT.plusSeconds(600));

        assertThat(run.state()).isEqualTo(RunState.REQUESTED);
        assertThat(run.failureReason()).isNull();
        assertThat(run.requestedBy()).isEqualTo("Agent 2");
        assertThat(run.isClaimable(AT.plusSeconds(601))).isTrue();
    }

    @Test
    void isNotRelaunchedWhileItIsStillToRun() {
        InvoicingRun run = requested();
        assertThatThrownBy(() -> run.relaunch("Agent", AT)).isInstanceOf(DomainProblem.class)
                .hasMessageContaining("novembre 2026 est déjà en cours");
        run.start("w1", AT, LEASE);
        assertThatThrownBy(() -> run.relaunch("Agent", AT)).isInstanceOf(DomainProblem.class);
    }

    @Test
    void keepsTheFirstFamiliesLeftAsideByNameAndCountsThemAll() {
        InvoicingRun run = requested();
        run.start("w1", AT, LEASE);
        List<InvoicingRun.Skipped> many = IntStream.range(0, InvoicingRun.SKIPPED_KEPT + 5)
                .mapToObj(i -> new InvoicingRun.Skipped("fam-" + i, "Aucun tarif")).toList();

        run.finish("w1", many.size(), 0, many, AT.plusSeconds(1));

        assertThat(run.familiesSkipped()).isEqualTo(InvoicingRun.SKIPPED_KEPT + 5);
        assertThat(run.skipped()).hasSize(InvoicingRun.SKIPPED_KEPT);
    }
}
