package fr.portailfamilles.reservation.grid.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.reservation.booking.domain.Outcome;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReservationCellTest {

    private static final Instant AT = Instant.parse("2026-11-01T08:30:00Z");

    @Test
    void showsASentRequestUntilItsDecisionArrives() {
        ReservationCell sent = ReservationCell.EMPTY.withPending(new Pending(Pending.Action.RESERVE, "r1", AT));

        assertThat(sent.stateFor(true)).isEqualTo(CellState.REQUESTED);
        assertThat(sent.decided(Outcome.CONFIRMED, "r1", null).stateFor(true)).isEqualTo(CellState.CONFIRMED);
        assertThat(sent.decided(Outcome.WAITLISTED, "r1", 3).stateFor(true)).isEqualTo(CellState.WAITLISTED);
    }

    @Test
    void locksConfirmedAndWaitlistedCellsPastTheDeadline() {
        ReservationCell confirmed = ReservationCell.EMPTY.decided(Outcome.CONFIRMED, "r1", null);
        ReservationCell waiting = ReservationCell.EMPTY.decided(Outcome.WAITLISTED, "r1", 1);

        assertThat(confirmed.stateFor(false)).isEqualTo(CellState.LOCKED_CONFIRMED);
        assertThat(waiting.stateFor(false)).isEqualTo(CellState.LOCKED_WAITLISTED);
    }

    @Test
    void showsCancellationsInFlightByWhatTheyCancel() {
        ReservationCell confirmed = ReservationCell.EMPTY.decided(Outcome.CONFIRMED, "r1", null);
        ReservationCell waiting = ReservationCell.EMPTY.decided(Outcome.WAITLISTED, "r1", 1);
        Pending cancel = new Pending(Pending.Action.CANCEL, "r2", AT);

        assertThat(confirmed.withPending(cancel).stateFor(true)).isEqualTo(CellState.CANCEL_REQUESTED);
        assertThat(waiting.withPending(cancel).stateFor(true)).isEqualTo(CellState.WITHDRAW_REQUESTED);
        assertThat(confirmed.withPending(cancel).decided(Outcome.CANCELLED, "r2", null).isEmpty()).isTrue();
    }

    @Test
    void aPromotionOfAnOlderRequestKeepsTheCancellationInFlight() {
        ReservationCell waitingAndWithdrawing = ReservationCell.EMPTY.decided(Outcome.WAITLISTED, "r1", 1)
                .withPending(new Pending(Pending.Action.CANCEL, "r2", AT));

        ReservationCell promoted = waitingAndWithdrawing.decided(Outcome.PROMOTED, "r1", null);

        assertThat(promoted.stateFor(true)).isEqualTo(CellState.CANCEL_REQUESTED);
    }

    @Test
    void attendanceAndInvoicingLockTheCell() {
        ReservationCell confirmed = ReservationCell.EMPTY.decided(Outcome.CONFIRMED, "r1", null);

        assertThat(confirmed.attended("PRESENT", false).stateFor(true)).isEqualTo(CellState.PRESENT);
        assertThat(confirmed.attended("ABSENT", true).stateFor(true)).isEqualTo(CellState.ABSENT);
        assertThat(confirmed.markedInvoiced().stateFor(true)).isEqualTo(CellState.INVOICED);
        assertThat(confirmed.markedInvoiced().mayBeCancelled()).isFalse();
        assertThat(ReservationCell.EMPTY.attended("PRESENT", false).mayBeReserved()).isFalse();
    }

    @Test
    void settlesARequestOnceEachOfItsCellsIsDecidedOnce() {
        RequestProgress started = RequestProgress.started(new LinkedHashSet<>(List.of("d1|matin", "d2|matin")), AT, null, List.of());

        RequestProgress half = started.record("d1|matin", Outcome.CONFIRMED).orElseThrow();
        assertThat(half.record("d1|matin", Outcome.CONFIRMED)).as("a redelivery counts nothing").isEmpty();
        assertThat(half.record("d2|matin", Outcome.PROMOTED)).as("a promotion answers an older request").isEmpty();
        RequestProgress done = half.record("d2|matin", Outcome.WAITLISTED).orElseThrow();

        assertThat(half.settled()).isFalse();
        assertThat(done.settled()).isTrue();
        assertThat(done.confirmed()).isEqualTo(1);
        assertThat(done.waitlisted()).isEqualTo(1);
    }
}
