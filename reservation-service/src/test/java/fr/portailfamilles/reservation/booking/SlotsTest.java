package fr.portailfamilles.reservation.booking;

import static fr.portailfamilles.reservation.booking.SlotFixtures.allocation;
import static fr.portailfamilles.reservation.booking.SlotFixtures.holder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.reservation.booking.domain.Holder;
import fr.portailfamilles.reservation.booking.domain.Outcome;
import fr.portailfamilles.reservation.booking.domain.ReleaseReason;
import fr.portailfamilles.reservation.booking.domain.SlotDecision;
import fr.portailfamilles.reservation.booking.domain.SlotKey;
import fr.portailfamilles.reservation.support.ReservationTestBase;
import fr.portailfamilles.reservation.support.Town;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/**
 * The slots as this instance last wrote them spare a read per command; a copy gone stale (another
 * instance, a staff action) is read again before anything is decided on it.
 */
class SlotsTest extends ReservationTestBase {

    @Autowired
    Slots slots;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aSlotChangedElsewhereSinceThisInstanceWroteItIsReadAgainBeforeDeciding() {
        SlotKey key = SlotFixtures.onePlace(town, "matin");
        assertThat(reserve(key, "command-anna", holder("anna"))).hasValueSatisfying(decisions ->
                assertThat(decisions).extracting(SlotDecision::outcome).containsExactly(Outcome.CONFIRMED));

        // another instance raises the capacity behind this one's back
        mongo.updateFirst(Query.query(Criteria.where("_id").is(key.value())),
                new Update().set("capacity", 2).inc("revision", 1), SlotDocument.class);

        assertThat(reserve(key, "command-ben", holder("ben"))).hasValueSatisfying(decisions ->
                assertThat(decisions).extracting(SlotDecision::outcome).containsExactly(Outcome.CONFIRMED));
        assertThat(reserve(key, "command-chloe", holder("chloe"))).hasValueSatisfying(decisions ->
                assertThat(decisions).extracting(SlotDecision::outcome).containsExactly(Outcome.WAITLISTED));
        assertThat(reserve(key, "command-anna", holder("anna"))).as("redelivered").isEmpty();

        Document stored = mongo.findById(key.value(), Document.class, SlotDocument.COLLECTION);
        assertThat(stored.getInteger("capacity")).isEqualTo(2);
        assertThat(registrations(stored, "confirmed"))
                .containsExactly("anna", "ben");
        assertThat(registrations(stored, "waitlist"))
                .containsExactly("chloe");
        assertThat(stored.getList("commands", String.class))
                .containsExactly("command-anna", "command-ben", "command-chloe");
        assertThat(slots.find(key).orElseThrow().confirmed()).extracting(Holder::registrationId)
                .containsExactly("anna", "ben");
    }

    @Test
    void eachHolderIsStoredAsOneStringAndTheSubDocumentsOfEarlierVersionsAreStillRead() {
        SlotKey key = SlotFixtures.onePlace(town, "matin");
        // a slot as versions before compact holders wrote it: its holder a sub-document
        mongo.insert(new Document("_id", key.value()).append("activityId", key.activityId())
                .append("date", key.date().toString()).append("unit", "matin").append("capacity", 1)
                .append("confirmed", List.of(new Document("registrationId", "anna").append("familyId", "family-anna")
                        .append("childId", "child-anna").append("requestId", "request-1")
                        .append("since", java.util.Date.from(Instant.parse("2026-11-28T08:30:00.123Z")))))
                .append("waitlist", List.of()).append("commands", List.of("c1")).append("revision", 1L),
                SlotDocument.COLLECTION);

        assertThat(reserve(key, "c2", holder("ben"))).hasValueSatisfying(decisions ->
                assertThat(decisions).extracting(SlotDecision::outcome).containsExactly(Outcome.WAITLISTED));
        assertThat(reserve(key, "c1", holder("anna"))).as("its commands are remembered too").isEmpty();

        Document stored = mongo.findById(key.value(), Document.class, SlotDocument.COLLECTION);
        assertThat(stored.getList("waitlist", String.class))
                .containsExactly("ben family-ben child-ben request-1 2026-11-28T08:30:00.123Z");
        assertThat(slots.find(key).orElseThrow().confirmed()).containsExactly(new Holder("anna", "family-anna",
                "child-anna", "request-1", Instant.parse("2026-11-28T08:30:00.123Z")));
        assertThat(slots.find(key).orElseThrow().waitlist().holders()).extracting(Holder::registrationId)
                .containsExactly("ben");
    }

    @Test
    void aCancellationRewritesTheListsItChangesAndThoseWaitingMoveUp() {
        SlotKey key = SlotFixtures.onePlace(town, "soir");
        reserve(key, "c1", holder("anna"));
        reserve(key, "c2", holder("ben"));
        reserve(key, "c3", holder("chloe"));

        Optional<List<SlotDecision>> cancelled = slots.change(key, "c4",
                slot -> slot.release(holder("anna"), ReleaseReason.PARENT),
                decisions -> List.of());

        assertThat(cancelled).hasValueSatisfying(decisions -> assertThat(decisions).extracting(SlotDecision::outcome)
                .containsExactly(Outcome.CANCELLED, Outcome.PROMOTED));
        Document stored = mongo.findById(key.value(), Document.class, SlotDocument.COLLECTION);
        assertThat(registrations(stored, "confirmed"))
                .containsExactly("ben");
        assertThat(registrations(stored, "waitlist"))
                .containsExactly("chloe");
    }

    @Test
    void aBatchOfCommandsIsDecidedInOrderWrittenOnceAndItsRepeatsSkipped() {
        Town.Activity activity = town.activity();
        town.capacity(activity, "matin", 2);
        SlotKey key = new SlotKey(activity.id(), town.bookableDays(activity, 1).get(0), "matin");
        reserve(key, "c1", holder("anna"));
        long revision = mongo.findById(key.value(), Document.class, SlotDocument.COLLECTION).getLong("revision");

        List<Optional<List<SlotDecision>>> decided = slots.changeAll(key, List.of(
                allocation("c1", holder("anna")), // redelivered from an earlier batch
                allocation("c2", holder("ben")),
                allocation("c3", holder("chloe")),
                allocation("c3", holder("chloe")), // twice in the same batch
                allocation("c4", holder("david")),
                new Slots.Change("c5", slot -> slot.release(holder("ben"), ReleaseReason.PARENT), d -> List.of())));

        assertThat(decided.get(0)).isEmpty();
        assertThat(decided.get(1)).hasValueSatisfying(d -> assertThat(d).extracting(SlotDecision::outcome)
                .containsExactly(Outcome.CONFIRMED));
        assertThat(decided.get(2)).hasValueSatisfying(d -> assertThat(d).extracting(SlotDecision::position)
                .containsExactly(1));
        assertThat(decided.get(3)).isEmpty();
        assertThat(decided.get(4)).hasValueSatisfying(d -> assertThat(d).extracting(SlotDecision::position)
                .containsExactly(2));
        assertThat(decided.get(5)).hasValueSatisfying(d -> assertThat(d).extracting(SlotDecision::outcome)
                .containsExactly(Outcome.CANCELLED, Outcome.PROMOTED));
        Document stored = mongo.findById(key.value(), Document.class, SlotDocument.COLLECTION);
        assertThat(stored.getLong("revision")).as("one write for the batch").isEqualTo(revision + 1);
        assertThat(registrations(stored, "confirmed"))
                .containsExactly("anna", "chloe");
        assertThat(registrations(stored, "waitlist"))
                .containsExactly("david");
        assertThat(stored.getList("commands", String.class)).containsExactly("c1", "c2", "c3", "c4", "c5");
    }

    @Test
    void aWaitingRequestQueuedAndMovedUpInTheSameBatchIsToldItsNewPlace() {
        SlotKey key = SlotFixtures.onePlace(town, "soir");
        reserve(key, "c1", holder("anna"));

        slots.changeAll(key, List.of(allocation("c2", holder("gaspard")), allocation("c3", holder("hugo")),
                new Slots.Change("c4", slot -> slot.release(holder("anna"), ReleaseReason.PARENT), d -> List.of())));

        // gaspard was queued first and promoted, hugo queued second and now first: he alone moved
        await().atMost(Duration.ofSeconds(20)).until(() -> !moves(key, "hugo").isEmpty());
        assertThat(moves(key, "hugo")).singleElement().satisfies(moved -> {
            assertThat(moved.get("previousPosition").asInt()).isEqualTo(2);
            assertThat(moved.get("position").asInt()).isEqualTo(1);
        });
        assertThat(moves(key, "gaspard")).isEmpty();
    }

    @Test
    void theMovesBehindACancellationComeInAFewEventsOfTheSlotInWaitlistOrder() {
        SlotKey key = SlotFixtures.onePlace(town, "soir");
        reserve(key, "c0", holder("anna"));
        int waiting = ReservationEvents.MOVES_PER_EVENT + 2;
        slots.changeAll(key, IntStream.rangeClosed(1, waiting)
                .mapToObj(i -> allocation("w" + i, holder("waiting-" + i))).toList());

        slots.change(key, "c-anna", slot -> slot.release(holder("anna"), ReleaseReason.PARENT), d -> List.of());

        // waiting-1 is promoted; the others move up one place each, told in two events, not one per family
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(waitlistMoves(key.activityId()))
                .extracting(event -> event.get("moves").size())
                .containsExactly(ReservationEvents.MOVES_PER_EVENT, 1));
        List<JsonNode> moves = waitlistMoves(key.activityId()).stream()
                .flatMap(event -> event.get("moves").valueStream()).toList();
        for (int i = 0; i < moves.size(); i++) {
            assertThat(moves.get(i).get("registrationId").asString()).isEqualTo("waiting-" + (i + 2));
            assertThat(moves.get(i).get("position").asInt()).isEqualTo(i + 1);
            assertThat(moves.get(i).get("previousPosition").asInt()).isEqualTo(i + 2);
        }
    }

    private List<JsonNode> moves(SlotKey key, String registrationId) {
        return waitlistMoves(key.activityId()).stream().flatMap(event -> event.get("moves").valueStream())
                .filter(move -> move.get("registrationId").asString().equals(registrationId)).toList();
    }

    private Optional<List<SlotDecision>> reserve(SlotKey key, String commandId, Holder holder) {
        return slots.changeAll(key, List.of(allocation(commandId, holder))).get(0);
    }

    /** The registrations of a stored list of holders, in its order. */
    private static List<String> registrations(Document stored, String list) {
        return stored.getList(list, String.class).stream().map(holder -> holder.split(" ")[0]).toList();
    }
}
