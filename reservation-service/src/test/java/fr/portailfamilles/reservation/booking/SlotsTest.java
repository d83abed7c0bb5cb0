package fr.portailfamilles.reservation.booking;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.reservation.booking.domain.Holder;
import fr.portailfamilles.reservation.booking.domain.Outcome;
import fr.portailfamilles.reservation.booking.domain.ReleaseReason;
import fr.portailfamilles.reservation.booking.domain.SlotDecision;
import fr.portailfamilles.reservation.booking.domain.SlotKey;
import fr.portailfamilles.reservation.support.ReservationTestBase;
import fr.portailfamilles.reservation.support.Town;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

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
        Town.Activity activity = town.activity();
        town.capacity(activity, "matin", 1);
        SlotKey key = new SlotKey(activity.id(), town.bookableDays(activity, 1).get(0), "matin");
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
        assertThat(stored.getList("confirmed", Document.class)).extracting(h -> h.getString("registrationId"))
                .containsExactly("anna", "ben");
        assertThat(stored.getList("waitlist", Document.class)).extracting(h -> h.getString("registrationId"))
                .containsExactly("chloe");
        assertThat(stored.getList("commands", String.class))
                .containsExactly("command-anna", "command-ben", "command-chloe");
        assertThat(slots.find(key).orElseThrow().confirmed()).extracting(Holder::registrationId)
                .containsExactly("anna", "ben");
    }

    @Test
    void aCancellationRewritesTheListsItChangesAndThoseWaitingMoveUp() {
        Town.Activity activity = town.activity();
        town.capacity(activity, "soir", 1);
        SlotKey key = new SlotKey(activity.id(), town.bookableDays(activity, 1).get(0), "soir");
        reserve(key, "c1", holder("anna"));
        reserve(key, "c2", holder("ben"));
        reserve(key, "c3", holder("chloe"));

        Optional<List<SlotDecision>> cancelled = slots.change(key, "c4",
                slot -> slot.release(holder("anna"), ReleaseReason.PARENT),
                decisions -> List.of());

        assertThat(cancelled).hasValueSatisfying(decisions -> assertThat(decisions).extracting(SlotDecision::outcome)
                .containsExactly(Outcome.CANCELLED, Outcome.PROMOTED));
        Document stored = mongo.findById(key.value(), Document.class, SlotDocument.COLLECTION);
        assertThat(stored.getList("confirmed", Document.class)).extracting(h -> h.getString("registrationId"))
                .containsExactly("ben");
        assertThat(stored.getList("waitlist", Document.class)).extracting(h -> h.getString("registrationId"))
                .containsExactly("chloe");
    }

    private Optional<List<SlotDecision>> reserve(SlotKey key, String commandId, Holder holder) {
        return slots.change(key, commandId, slot -> List.of(slot.allocate(holder)), decisions -> List.of());
    }

    private static Holder holder(String registrationId) {
        return new Holder(registrationId, "family-" + registrationId, "child-" + registrationId, "request-1",
                Instant.parse("2026-11-28T08:30:00.123456789Z"));
    }
}
