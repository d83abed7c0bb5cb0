package fr.portailfamilles.reservation.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.reservation.booking.domain.Holder;
import fr.portailfamilles.reservation.booking.domain.OpeningDraw;
import fr.portailfamilles.reservation.booking.domain.Slot;
import fr.portailfamilles.reservation.booking.domain.SlotKey;
import fr.portailfamilles.reservation.support.Api;
import fr.portailfamilles.reservation.support.ReservationTestBase;
import fr.portailfamilles.reservation.support.Town;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Opening morning made fair: the requests of the first seconds are decided by a recorded, replayable draw. */
class OpeningDrawFlowTest extends ReservationTestBase {

    @Autowired
    Slots slots;

    @Test
    void decidesTheRequestsOfTheOpeningWindowByARecordedDraw() {
        Town.Activity activity = town.activity();
        town.capacity(activity, "matin", 2);
        LocalDate day = town.bookableDays(activity, 1).get(0);
        List<Town.Child> children = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            children.add(town.register(activity, "Enfant " + i));
        }
        String openings = "/api/reservations/admin/activities/" + activity.id() + "/openings";
        String period = activity.id() + "-p1";
        LocalDateTime now = LocalDateTime.now(Town.ZONE).truncatedTo(ChronoUnit.SECONDS);

        assertThat(api.put(openings, Town.staff(), Map.of("periodId", period, "opensAt", now.plusHours(1).toString(),
                "drawMinutes", 15)).status()).isEqualTo(200);
        Api.Answer tooEarly = api.post(children.get(0).path() + "/requests", children.get(0).token(),
                reserve(cell(day, "matin")));
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.code()).isEqualTo("reservations-pas-ouvertes");
        assertThat(tooEarly.detail()).contains("ouvrent le");
        assertThat(cellOf(children.get(0), day, "matin").get("modifiable").asBoolean()).isFalse();
        assertThat(cellOf(children.get(0), day, "matin").get("state").asString()).isEqualTo("FREE");

        assertThat(api.put(openings, Town.staff(), Map.of("periodId", period, "opensAt", now.toString(),
                "drawSeconds", 6)).status()).isEqualTo(200);
        Instant windowEnd = now.plusSeconds(6).atZone(Town.ZONE).toInstant();
        List<String> requests = new ArrayList<>();
        children.forEach(child -> requests.add(send(child, reserve(cell(day, "matin")))));
        if (Instant.now().isBefore(windowEnd.minusSeconds(1))) {
            assertThat(children.stream().flatMap(child -> events(child, "confirmed").stream()))
                    .as("nothing is decided before the window ends").isEmpty();
        }
        for (int i = 0; i < children.size(); i++) {
            Town.Child child = children.get(i);
            String requestId = requests.get(i);
            await().atMost(Duration.ofSeconds(40)).until(() -> settled(child, requestId) != null);
        }

        Slot slot = slots.find(new SlotKey(activity.id(), day, "matin")).orElseThrow();
        assertThat(slot.draws()).hasSize(1);
        OpeningDraw.Record draw = slot.draws().get(0);
        List<Holder> candidates = draw.candidates().stream()
                .map(id -> new Holder(id, "f", "c", "r", Instant.EPOCH)).toList();
        List<String> replayed = new OpeningDraw(draw.seed()).order(candidates).stream().map(Holder::registrationId).toList();
        assertThat(draw.order()).as("the draw replays from its seed").isEqualTo(replayed);
        assertThat(slot.confirmed()).extracting(Holder::registrationId).isEqualTo(replayed.subList(0, 2));
        assertThat(slot.waitlist().holders()).extracting(Holder::registrationId).isEqualTo(replayed.subList(2, 6));
        assertThat(draw.candidates()).containsExactlyInAnyOrderElementsOf(
                children.stream().map(Town.Child::registrationId).toList());
    }
}
