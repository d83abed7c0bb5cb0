package fr.portailfamilles.reservation.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OpeningDrawTest {

    private static final Instant WINDOW_END = Instant.parse("2026-12-01T07:45:00Z");

    @Test
    void drawsTheSameOrderFromTheSameSeedWhateverTheArrivalOrder() {
        List<Holder> arrived = children(12);
        List<Holder> otherArrival = new ArrayList<>(arrived);
        Collections.reverse(otherArrival);

        List<Holder> first = new OpeningDraw(42L).order(arrived);

        assertThat(new OpeningDraw(42L).order(otherArrival)).isEqualTo(first);
        assertThat(new OpeningDraw(43L).order(arrived)).isNotEqualTo(first);
        assertThat(first).containsExactlyInAnyOrderElementsOf(arrived);
    }

    @Test
    void decidesTheWindowsRequestsTogetherInDrawnOrderAndRecordsTheDraw() {
        Slot slot = Slot.open(new SlotKey("aps", LocalDate.of(2026, 12, 7), "matin"), 2);
        children(5).forEach(child -> assertThat(slot.enterDraw(child, WINDOW_END)).isEmpty());
        assertThat(slot.confirmed()).as("nothing decided before the draw").isEmpty();

        List<SlotDecision> decisions = slot.draw(7L, WINDOW_END.plusSeconds(2));

        OpeningDraw.Record draw = slot.draws().get(0);
        assertThat(draw.seed()).isEqualTo(7L);
        assertThat(draw.candidates()).containsExactly("reg-0", "reg-1", "reg-2", "reg-3", "reg-4");
        List<String> replayed = new OpeningDraw(draw.seed()).order(children(5)).stream()
                .map(Holder::registrationId).toList();
        assertThat(draw.order()).isEqualTo(replayed);
        assertThat(decisions).extracting(d -> d.holder().registrationId()).isEqualTo(replayed);
        assertThat(slot.confirmed()).extracting(Holder::registrationId).isEqualTo(replayed.subList(0, 2));
        assertThat(slot.waitlist().holders()).extracting(Holder::registrationId).isEqualTo(replayed.subList(2, 5));
        assertThat(slot.hasDrawPending()).isFalse();
    }

    @Test
    void aWithdrawalBeforeTheDrawLeavesThePoolAndAClosedDayRefusesIt() {
        Slot slot = Slot.open(new SlotKey("aps", LocalDate.of(2026, 12, 7), "matin"), 2);
        children(3).forEach(child -> slot.enterDraw(child, WINDOW_END));

        assertThat(slot.release(children(1).get(0), ReleaseReason.PARENT)).extracting(SlotDecision::outcome)
                .containsExactly(Outcome.WITHDRAWN);
        assertThat(slot.close("Grève")).extracting(SlotDecision::outcome).containsOnly(Outcome.REFUSED).hasSize(2);
        assertThat(slot.hasDrawPending()).isFalse();
    }

    private static List<Holder> children(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Holder("reg-" + i, "fam-" + i, "child-" + i, "req-" + i,
                Instant.parse("2026-12-01T07:30:00Z").plusSeconds(i))).toList();
    }
}
