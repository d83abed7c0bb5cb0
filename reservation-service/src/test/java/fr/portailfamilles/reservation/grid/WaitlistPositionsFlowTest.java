package fr.portailfamilles.reservation.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.reservation.support.GridStream;
import fr.portailfamilles.reservation.support.ReservationTestBase;
import fr.portailfamilles.reservation.support.Town;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * When someone ahead on a waitlist leaves it (the head promoted, a withdrawal, a capacity
 * increase), the slot tells the families still waiting their new places in one event: the open
 * grids receive them without « Actualiser », and the grid shows the live place read from the slot.
 */
class WaitlistPositionsFlowTest extends ReservationTestBase {

    @Test
    void thoseBehindAPromotedHeadMoveUpOnTheirOpenGridsAndInTheGrid() {
        Town.Activity activity = town.activity();
        town.capacity(activity, "matin", 1);
        LocalDate day = town.bookableDays(activity, 1).get(0);
        Town.Child anna = town.register(activity, "Anna");
        List<Town.Child> waiting = List.of(town.register(activity, "Ben"), town.register(activity, "Chloé"),
                town.register(activity, "Dan"));
        sendAndSettle(anna, reserve(cell(day, "matin")));
        waiting.forEach(child -> sendAndSettle(child, reserve(cell(day, "matin"))));
        Town.Child ben = waiting.get(0);
        Town.Child chloe = waiting.get(1);
        Town.Child dan = waiting.get(2);
        assertThat(shownPosition(chloe, day, "matin")).isEqualTo(2);
        assertThat(shownPosition(dan, day, "matin")).isEqualTo(3);

        try (GridStream benGrid = open(ben); GridStream chloeGrid = open(chloe); GridStream danGrid = open(dan)) {
            sendAndSettle(anna, cancel(cell(day, "matin")));

            await().atMost(Duration.ofSeconds(20)).until(() -> !positions(chloeGrid).isEmpty()
                    && !positions(danGrid).isEmpty());
            assertThat(positions(chloeGrid)).singleElement().satisfies(pushed -> {
                assertThat(pushed.get("date").asString()).isEqualTo(day.toString());
                assertThat(pushed.get("unit").asString()).isEqualTo("matin");
                assertThat(pushed.get("position").asInt()).isEqualTo(1);
                assertThat(pushed.get("previousPosition").asInt()).isEqualTo(2);
            });
            assertThat(positions(danGrid)).singleElement().satisfies(pushed -> {
                assertThat(pushed.get("position").asInt()).isEqualTo(2);
                assertThat(pushed.get("previousPosition").asInt()).isEqualTo(3);
            });
            await().atMost(Duration.ofSeconds(20)).until(() -> benGrid.events().stream()
                    .anyMatch(e -> e.name().equals("decision") && e.data().get("outcome").asString().equals("PROMOTED")));
            assertThat(positions(benGrid)).as("the promoted head does not wait any more").isEmpty();
        }
        assertThat(shownPosition(chloe, day, "matin")).isEqualTo(1);
        assertThat(shownPosition(dan, day, "matin")).isEqualTo(2);
        assertThat(cellOf(dan, day, "matin").get("label").asString()).contains("position 2");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(waitlistMoves(activity.id()))
                .as("one event for the slot's change, whoever waits behind").singleElement().satisfies(moved -> {
                    assertThat(moved.get("date").asString()).isEqualTo(day.toString());
                    assertThat(moved.get("unit").asString()).isEqualTo("matin");
                    assertThat(moved.get("moves").valueStream().map(move -> move.get("registrationId").asString()))
                            .containsExactly(chloe.registrationId(), dan.registrationId());
                }));
        assertThat(movesOf(chloe)).singleElement().satisfies(move -> {
            assertThat(move.get("position").asInt()).isEqualTo(1);
            assertThat(move.get("previousPosition").asInt()).isEqualTo(2);
            assertThat(move.get("requestId").asString()).isEqualTo(events(chloe, "waitlisted").get(0)
                    .get("requestId").asString());
        });
        assertThat(movesOf(ben)).isEmpty();
    }

    @Test
    void aWithdrawalThenACapacityIncreaseMoveUpThoseStillWaiting() {
        Town.Activity activity = town.activity();
        town.capacity(activity, "soir", 1);
        LocalDate day = town.bookableDays(activity, 1).get(0);
        List<Town.Child> children = List.of(town.register(activity, "Anna"), town.register(activity, "Ben"),
                town.register(activity, "Chloé"), town.register(activity, "Dan"));
        children.forEach(child -> sendAndSettle(child, reserve(cell(day, "soir"))));
        Town.Child ben = children.get(1);
        Town.Child dan = children.get(3);

        try (GridStream danGrid = open(dan)) {
            sendAndSettle(ben, cancel(cell(day, "soir")));
            await().atMost(Duration.ofSeconds(20)).until(() -> positions(danGrid).size() == 1);
            town.capacity(activity, "soir", 2);
            await().atMost(Duration.ofSeconds(20)).until(() -> positions(danGrid).size() == 2);

            assertThat(positions(danGrid)).extracting(p -> p.get("previousPosition").asInt() + "→"
                    + p.get("position").asInt()).containsExactly("3→2", "2→1");
        }
        assertThat(shownPosition(dan, day, "soir")).isEqualTo(1);
        assertThat(stateOf(children.get(2), day, "soir")).isEqualTo("CONFIRMED");
    }

    private GridStream open(Town.Child child) {
        GridStream stream = new GridStream(api.uri(child.path() + "/events"), child.token());
        await().atMost(Duration.ofSeconds(10)).until(() -> stream.status() == 200);
        return stream;
    }

    private static List<JsonNode> positions(GridStream stream) {
        return stream.events().stream().filter(e -> e.name().equals("position")).map(GridStream.Received::data)
                .toList();
    }

    /** The place the grid shows for the cell (the live one, as this instance last wrote the slot), or 0. */
    private int shownPosition(Town.Child child, LocalDate date, String unit) {
        return cellOf(child, date, unit).path("position").asInt(0);
    }
}
