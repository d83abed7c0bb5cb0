package fr.portailfamilles.reservation.booking;

import static fr.portailfamilles.reservation.booking.SlotFixtures.allocation;
import static fr.portailfamilles.reservation.booking.SlotFixtures.holder;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.reservation.booking.domain.ReleaseReason;
import fr.portailfamilles.reservation.booking.domain.SlotKey;
import fr.portailfamilles.reservation.support.ReservationTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The grid's live places come from the slots' waitlists: as this instance last wrote them, or as
 * read at most a second ago when another instance wrote them.
 */
class WaitlistPlacesTest extends ReservationTestBase {

    @Autowired
    Slots slots;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    WaitlistPlaces waitlistPlaces;

    @Test
    void aWaitlistWrittenElsewhereIsReadAgainOnceASecondOld() {
        SlotKey key = SlotFixtures.onePlace(town, "soir");
        SlotKey empty = new SlotKey(key.activityId(), key.date(), "matin");
        slots.changeAll(key, Stream.of("anna", "ben", "chloe").map(child -> allocation("c-" + child, holder(child)))
                .toList());
        AtomicLong now = new AtomicLong(42);
        // another instance's view: this one's writes of the slot do not reach it
        WaitlistPlaces places = new WaitlistPlaces(mongo, now::get);

        assertThat(places.of("chloe", List.of(key, empty))).containsExactly(Map.entry(key, 2));
        assertThat(places.of("anna", List.of(key))).as("anna holds a place, she does not wait").isEmpty();

        slots.change(key, "c-ben-leaves", slot -> slot.release(holder("ben"), ReleaseReason.PARENT), d -> List.of());
        now.addAndGet(Duration.ofMillis(900).toNanos());
        assertThat(places.of("chloe", List.of(key))).as("read 0.9 s ago").containsEntry(key, 2);
        now.addAndGet(Duration.ofMillis(200).toNanos());
        assertThat(places.of("chloe", List.of(key))).as("read again after a second").containsEntry(key, 1);
    }

    @Test
    void aWaitlistThisInstanceWritesIsSeenAtOnce() {
        SlotKey key = SlotFixtures.onePlace(town, "soir");
        slots.changeAll(key, Stream.of("anna", "ben", "chloe").map(child -> allocation("c-" + child, holder(child)))
                .toList());
        assertThat(waitlistPlaces.of("chloe", List.of(key))).containsEntry(key, 2);

        slots.change(key, "c-ben-leaves", slot -> slot.release(holder("ben"), ReleaseReason.PARENT), d -> List.of());

        assertThat(waitlistPlaces.of("chloe", List.of(key))).containsEntry(key, 1);
    }

    @Test
    void aWaitlistStoredAsSubDocumentsByEarlierVersionsIsRead() {
        SlotKey key = SlotFixtures.onePlace(town, "soir");
        mongo.insert(new Document("_id", key.value()).append("activityId", key.activityId())
                .append("date", key.date().toString()).append("unit", "soir").append("capacity", 0)
                .append("confirmed", List.of()).append("waitlist", List.of(
                        stored("anna", "request-1"), stored("ben", "request-2")))
                .append("revision", 1L), SlotDocument.COLLECTION);

        assertThat(new WaitlistPlaces(mongo).of("ben", List.of(key))).containsEntry(key, 2);
    }

    /** A holder as versions before compact holders stored it. */
    private static Document stored(String registrationId, String requestId) {
        return new Document("registrationId", registrationId).append("familyId", "family-" + registrationId)
                .append("childId", "child-" + registrationId).append("requestId", requestId)
                .append("since", Date.from(Instant.parse("2026-11-28T08:30:00Z")));
    }
}
