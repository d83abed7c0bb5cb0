package fr.portailfamilles.reservation.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotTest {

    private final SlotKey key = new SlotKey("aps", LocalDate.of(2026, 11, 2), "matin");

    @Test
    void confirmsWhilePlacesRemainThenWaitlistsInArrivalOrder() {
        Slot slot = Slot.open(key, 2);

        assertThat(slot.allocate(child("a")).outcome()).isEqualTo(Outcome.CONFIRMED);
        assertThat(slot.allocate(child("b")).outcome()).isEqualTo(Outcome.CONFIRMED);
        SlotDecision third = slot.allocate(child("c"));
        SlotDecision fourth = slot.allocate(child("d"));

        assertThat(third.outcome()).isEqualTo(Outcome.WAITLISTED);
        assertThat(third.position()).isEqualTo(1);
        assertThat(fourth.position()).isEqualTo(2);
        assertThat(slot.confirmed()).extracting(Holder::registrationId).containsExactly("a", "b");
        assertThat(slot.waitlist().holders()).extracting(Holder::registrationId).containsExactly("c", "d");
    }

    @Test
    void promotesTheHeadOfTheWaitlistWhenAPlaceIsCancelled() {
        Slot slot = full("a", "b", "c");

        List<SlotDecision> decisions = slot.release(child("a", "cancel-1"), ReleaseReason.PARENT);

        assertThat(decisions).extracting(SlotDecision::outcome).containsExactly(Outcome.CANCELLED, Outcome.PROMOTED);
        assertThat(decisions.get(0).holder().requestId()).isEqualTo("cancel-1");
        assertThat(decisions.get(0).reason()).isEqualTo("PARENT");
        assertThat(decisions.get(1).holder().registrationId()).isEqualTo("b");
        assertThat(slot.confirmed()).extracting(Holder::registrationId).containsExactly("b");
        assertThat(slot.waitlist().positionOf("c")).hasValue(1);
    }

    @Test
    void withdrawsAWaitingRequestWithoutPromotingAnyone() {
        Slot slot = full("a", "b", "c");

        List<SlotDecision> decisions = slot.release(child("b", "cancel-2"), ReleaseReason.PARENT);

        assertThat(decisions).extracting(SlotDecision::outcome).containsExactly(Outcome.WITHDRAWN);
        assertThat(slot.waitlist().holders()).extracting(Holder::registrationId).containsExactly("c");
        assertThat(slot.waitlist().positionOf("c")).hasValue(1);
    }

    @Test
    void refusesToCancelWhatTheChildDoesNotHold() {
        Slot slot = Slot.open(key, 1);

        assertThat(slot.release(child("x"), ReleaseReason.PARENT)).extracting(SlotDecision::outcome)
                .containsExactly(Outcome.REFUSED);
        assertThat(slot.release(child("x"), ReleaseReason.REGISTRATION_CANCELLED)).isEmpty();
    }

    @Test
    void refusesASecondRequestForTheSameChild() {
        Slot slot = Slot.open(key, 1);
        slot.allocate(child("a"));

        SlotDecision again = slot.allocate(child("a"));

        assertThat(again.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(again.reason()).isEqualTo(Slot.REFUSED_ALREADY_HELD);
        assertThat(slot.confirmed()).hasSize(1);
    }

    @Test
    void anIncreaseOfCapacityPromotesFromTheHead() {
        Slot slot = full("a", "b", "c", "d");

        List<SlotDecision> decisions = slot.changeCapacity(3);

        assertThat(decisions).extracting(d -> d.holder().registrationId()).containsExactly("b", "c");
        assertThat(slot.waitlist().holders()).extracting(Holder::registrationId).containsExactly("d");
    }

    @Test
    void aDecreaseOfCapacityTakesNoPlaceBackButConfirmsNoMore() {
        Slot slot = Slot.open(key, 2);
        slot.allocate(child("a"));
        slot.allocate(child("b"));

        assertThat(slot.changeCapacity(1)).isEmpty();
        assertThat(slot.confirmed()).hasSize(2);
        slot.release(child("a"), ReleaseReason.PARENT);
        assertThat(slot.allocate(child("c")).outcome()).isEqualTo(Outcome.WAITLISTED);
    }

    @Test
    void closingTheDayCancelsEveryPlaceAndWaitThenRefusesRequests() {
        Slot slot = full("a", "b");

        List<SlotDecision> decisions = slot.close("Grève");

        assertThat(decisions).extracting(SlotDecision::outcome).containsOnly(Outcome.CANCELLED);
        assertThat(decisions).extracting(SlotDecision::previousState).containsExactly("CONFIRMED", "WAITLISTED");
        assertThat(decisions).extracting(SlotDecision::reason).containsOnly("DAY_CLOSED");
        assertThat(slot.confirmed()).isEmpty();
        assertThat(slot.waitlist().isEmpty()).isTrue();
        assertThat(slot.allocate(child("c")).reason()).isEqualTo(Slot.REFUSED_DAY_CLOSED);
        assertThat(slot.close("encore")).isEmpty();
    }

    @Test
    void tellsEachRequestStillWaitingThatItMovedUpWhenTheHeadIsPromoted() {
        Slot slot = stored("a", "b", "c", "d");

        slot.release(child("a", "cancel-1"), ReleaseReason.PARENT);

        assertThat(slot.waitlistMoves()).extracting(m -> m.holder().registrationId(), WaitlistMove::from,
                WaitlistMove::to).containsExactly(tuple("c", 2, 1), tuple("d", 3, 2));
        assertThat(slot.waitlistMoves().get(0).holder().requestId()).isEqualTo("request-of-c");
    }

    @Test
    void aWithdrawalMovesUpOnlyThoseBehindIt() {
        Slot slot = stored("a", "b", "c", "d");

        slot.release(child("c", "withdraw-c"), ReleaseReason.PARENT);

        assertThat(slot.waitlistMoves()).extracting(m -> m.holder().registrationId(), WaitlistMove::from,
                WaitlistMove::to).containsExactly(tuple("d", 3, 2));
    }

    @Test
    void aCapacityIncreaseMovesUpThoseLeftWaiting() {
        Slot slot = stored("a", "b", "c", "d");

        slot.changeCapacity(3);

        assertThat(slot.confirmed()).extracting(Holder::registrationId).containsExactly("a", "b", "c");
        assertThat(slot.waitlistMoves()).extracting(m -> m.holder().registrationId(), WaitlistMove::from,
                WaitlistMove::to).containsExactly(tuple("d", 3, 1));
    }

    @Test
    void aNewcomerAConfirmationOrAClosedDayMovesNobody() {
        Slot joined = stored("a", "b");
        joined.allocate(child("c"));
        Slot confirmedLeaves = new Slot(key, 2, null, List.of(child("a"), child("b")), List.of(child("c")));
        confirmedLeaves.changeCapacity(1);
        Slot closed = stored("a", "b", "c");
        closed.close("Grève");

        assertThat(joined.waitlistMoves()).isEmpty();
        assertThat(confirmedLeaves.waitlistMoves()).isEmpty();
        assertThat(closed.waitlistMoves()).isEmpty();
    }

    @Test
    void placesToldAtEachChangeAreThoseAMoveIsCountedFrom() {
        Slot slot = stored("a", "b");
        slot.allocate(child("c"));
        slot.markPositionsTold(); // c heard it was second
        slot.allocate(child("d"));
        slot.markPositionsTold(); // d heard it was third
        slot.allocate(child("e")); // e hears fourth with its decision, not as a move

        assertThat(slot.waitlistMoves()).as("joining moves nobody").isEmpty();

        slot.release(child("b", "withdraw-b"), ReleaseReason.PARENT);
        slot.release(child("a", "cancel-a"), ReleaseReason.PARENT);

        // b left, then a's place went to c: d moved from third to first, e (never told) is not a move
        assertThat(slot.confirmed()).extracting(Holder::registrationId).containsExactly("c");
        assertThat(slot.waitlistMoves()).extracting(m -> m.holder().registrationId(), WaitlistMove::from,
                WaitlistMove::to).containsExactly(tuple("d", 3, 1));

        slot.markPositionsTold();
        assertThat(slot.waitlistMoves()).as("told since").isEmpty();
        slot.release(child("d", "withdraw-d"), ReleaseReason.PARENT);
        assertThat(slot.waitlistMoves()).extracting(m -> m.holder().registrationId(), WaitlistMove::from,
                WaitlistMove::to).containsExactly(tuple("e", 2, 1));
    }

    /** A slot of capacity 1 as read from storage: the first child holds the place, the others wait in order. */
    private Slot stored(String holder, String... waiting) {
        return new Slot(key, 1, null, List.of(child(holder)),
                java.util.Arrays.stream(waiting).map(SlotTest::child).toList());
    }

    /** A slot of capacity 1 held by the first child, the others waiting in order. */
    private Slot full(String... children) {
        Slot slot = Slot.open(key, 1);
        for (String id : children) {
            slot.allocate(child(id));
        }
        return slot;
    }

    private static Holder child(String registrationId) {
        return child(registrationId, "request-of-" + registrationId);
    }

    private static Holder child(String registrationId, String requestId) {
        return new Holder(registrationId, "family-" + registrationId, "child-" + registrationId, requestId,
                Instant.parse("2026-11-01T08:30:00Z"));
    }
}
