package fr.portailfamilles.family.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestStateWinsTest {

    static final Instant REQUESTED = Instant.parse("2026-11-28T08:30:00Z");
    static final Instant APPROVED = REQUESTED.plusSeconds(600);
    static final Instant CANCELLED = APPROVED.plusSeconds(600);

    @Test
    void theLatestReportByEventTimeIsTheCurrentState() {
        List<Transition> inOrder = List.of(Transition.to(RequestState.PENDING, REQUESTED),
                Transition.to(RequestState.ACCEPTED, APPROVED));

        assertThat(LatestStateWins.current(inOrder)).hasValueSatisfying(
                t -> assertThat(t.state()).isEqualTo(RequestState.ACCEPTED));
    }

    @Test
    void aRequestArrivingAfterItsApprovalDoesNotTakeTheStateBack() {
        List<Transition> approvalFirst = List.of(Transition.to(RequestState.ACCEPTED, APPROVED),
                Transition.to(RequestState.PENDING, REQUESTED));

        assertThat(LatestStateWins.current(approvalFirst).orElseThrow().state()).isEqualTo(RequestState.ACCEPTED);
    }

    @Test
    void anyArrivalOrderGivesTheSameState() {
        Transition pending = Transition.to(RequestState.PENDING, REQUESTED);
        Transition accepted = Transition.to(RequestState.ACCEPTED, APPROVED);
        Transition cancelled = Transition.to(RequestState.CANCELLED, CANCELLED);

        for (List<Transition> order : List.of(List.of(pending, accepted, cancelled), List.of(cancelled, pending,
                accepted), List.of(accepted, cancelled, pending))) {
            assertThat(LatestStateWins.current(order).orElseThrow()).isEqualTo(cancelled);
        }
    }

    @Test
    void atTheSameInstantTheLaterStateWins() {
        List<Transition> automaticApproval = List.of(Transition.to(RequestState.ACCEPTED, REQUESTED),
                Transition.to(RequestState.PENDING, REQUESTED));

        assertThat(LatestStateWins.current(automaticApproval).orElseThrow().state()).isEqualTo(RequestState.ACCEPTED);
    }

    @Test
    void aDuplicateReportChangesNothing() {
        Transition refused = new Transition(RequestState.REFUSED, APPROVED, "Complet", null);

        assertThat(LatestStateWins.current(List.of(Transition.to(RequestState.PENDING, REQUESTED), refused, refused)))
                .contains(refused);
    }
}
