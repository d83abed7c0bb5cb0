package fr.portailfamilles.reservation.grid;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.reservation.support.ReservationTestBase;
import fr.portailfamilles.reservation.support.Town;
import fr.portailfamilles.reservation.calendar.domain.CellRef;
import fr.portailfamilles.reservation.grid.domain.Booking;
import fr.portailfamilles.reservation.grid.domain.ReservationCell;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** An event changes a registration once, even redelivered, and never over a change made meanwhile. */
class RegistrationsTest extends ReservationTestBase {

    @Autowired
    Registrations registrations;
    @Autowired
    MongoTemplate mongo;

    @Test
    void anEventIsAppliedOnceAndReadersNeverSeeTheAppliedEventIds() {
        Town.Child anna = town.register(town.activity(), "Anna");
        long before = stored(anna).get("revision", Number.class).longValue();

        assertThat(registrations.apply(anna.registrationId(), "event-1",
                registration -> new Update().set("childFirstName", "Anna-Lou"))).isTrue();
        assertThat(registrations.apply(anna.registrationId(), "event-1",
                registration -> new Update().set("childFirstName", "Redelivered"))).as("redelivered").isFalse();

        Document stored = stored(anna);
        assertThat(stored.getString("childFirstName")).isEqualTo("Anna-Lou");
        assertThat(stored.get("revision", Number.class).longValue()).isEqualTo(before + 1);
        assertThat(stored.getList("appliedEvents", String.class)).contains("event-1");
        RegistrationDocument read = registrations.find(anna.registrationId()).orElseThrow();
        assertThat(read.childFirstName()).isEqualTo("Anna-Lou");
        assertThat(read.appliedEvents()).isEmpty();
    }

    @Test
    void theGridIsReadWithoutTheRequestsProgressAndItsStreamReadsOnlyTheFamily() {
        Town.Activity activity = town.activity();
        Town.Child dan = town.register(activity, "Dan");
        LocalDate day = town.bookableDays(activity, 1).get(0);
        sendAndSettle(dan, reserve(cell(day, "matin")));

        assertThat(registrations.find(dan.registrationId()).orElseThrow().requests()).hasSize(1);
        RegistrationDocument grid = registrations.findGrid(dan.registrationId()).orElseThrow();
        assertThat(grid.requests()).isEmpty();
        assertThat(grid.cell(new CellRef(day, "matin")).booking()).isEqualTo(Booking.CONFIRMED);
        assertThat(grid.familyId()).isEqualTo(dan.familyId());
        assertThat(registrations.familyOf(dan.registrationId())).contains(dan.familyId());
        assertThat(registrations.familyOf("no-such-registration")).isEmpty();
    }

    @Test
    void aChangeMadeBetweenTheReadAndTheWriteIsKeptAndTheEventAppliedOverIt() {
        Town.Child ben = town.register(town.activity(), "Ben");
        AtomicInteger reads = new AtomicInteger();

        boolean written = registrations.apply(ben.registrationId(), "event-2", registration -> {
            if (reads.getAndIncrement() == 0) { // another writer gets there first, once
                mongo.updateFirst(Query.query(Criteria.where("_id").is(ben.registrationId())),
                        new Update().set("activityName", "Changed meanwhile").inc("revision", 1),
                        RegistrationDocument.class);
            }
            return new Update().set("childFirstName", "Ben " + registration.activityName());
        });

        assertThat(written).isTrue();
        assertThat(reads).hasValue(2);
        assertThat(stored(ben).getString("childFirstName")).isEqualTo("Ben Changed meanwhile");
        assertThat(stored(ben).getString("activityName")).isEqualTo("Changed meanwhile");
    }

    @Test
    void severalEventsAreAppliedInOrderByOneWriteAndThoseAlreadyAppliedAreSkipped() {
        Town.Child chloe = town.register(town.activity(), "Chloé");
        registrations.apply(chloe.registrationId(), "event-a", registration -> new Update().set("activityName", "A"));
        long before = stored(chloe).get("revision", Number.class).longValue();

        GridChange written = registrations.applyAll(chloe.registrationId(), List.of(
                renaming("event-a", "redelivered"), // applied by an earlier write
                renaming("event-b", "B"),
                renaming("event-c", "C")));

        assertThat(written).isNotNull();
        Document stored = stored(chloe);
        assertThat(stored.get("cells", Document.class).get(CELL.key(), Document.class).getString("requestId"))
                .as("each event saw the one before").isEqualTo("start>B>C");
        assertThat(stored.get("revision", Number.class).longValue()).isEqualTo(before + 1);
        assertThat(stored.getList("appliedEvents", String.class)).containsSubsequence("event-a", "event-b", "event-c");
        assertThat(registrations.applyAll(chloe.registrationId(), List.of(renaming("event-b", "again"))))
                .as("redelivered batch").isNull();
    }

    @Test
    void theEventsOfSeveralRegistrationsAreWrittenTogetherAndTheOneThatLostARaceIsWrittenAgain() {
        Town.Activity activity = town.activity();
        Town.Child dora = town.register(activity, "Dora");
        Town.Child eli = town.register(activity, "Eli");
        Town.Child fanny = town.register(activity, "Fanny");
        registrations.apply(fanny.registrationId(), "event-f1", registration -> new Update());
        long fannysRevision = stored(fanny).get("revision", Number.class).longValue();
        AtomicInteger eliReads = new AtomicInteger();
        Registrations.Applied racedOnce = new Registrations.Applied("event-e1", registration -> {
            if (eliReads.getAndIncrement() == 0) { // a « Valider » writes Eli's registration between read and write
                mongo.updateFirst(Query.query(Criteria.where("_id").is(eli.registrationId())),
                        new Update().set("activityName", "Changed meanwhile").inc("revision", 1),
                        RegistrationDocument.class);
            }
            return renaming("event-e1", registration.activityName()).change().apply(registration);
        });
        Map<String, List<Registrations.Applied>> batch = new LinkedHashMap<>();
        batch.put(dora.registrationId(), List.of(renaming("event-d1", "D1"), renaming("event-d2", "D2")));
        batch.put(eli.registrationId(), List.of(racedOnce));
        batch.put(fanny.registrationId(), List.of(renaming("event-f1", "redelivered")));
        batch.put("no-such-registration", List.of(renaming("event-x", "X")));

        Map<String, GridChange> written = registrations.applyAll(batch);

        assertThat(written).containsOnlyKeys(dora.registrationId(), eli.registrationId());
        assertThat(cellOf(dora)).isEqualTo("start>D1>D2");
        assertThat(cellOf(eli)).as("written again over the change").isEqualTo("start>Changed meanwhile");
        assertThat(eliReads).hasValue(2);
        assertThat(stored(fanny).get("revision", Number.class).longValue()).as("applied already: untouched")
                .isEqualTo(fannysRevision);
        assertThat(stored(fanny).get("cells", new Document())).doesNotContainKey(CELL.key());
        assertThat(stored(eli).getList("appliedEvents", String.class)).containsOnlyOnce("event-e1");
    }

    private String cellOf(Town.Child child) {
        return stored(child).get("cells", Document.class).get(CELL.key(), Document.class).getString("requestId");
    }

    private static final CellRef CELL = new CellRef(LocalDate.of(2027, 1, 4), "matin");

    /** An event whose change shows what the events before it left: the cell's request id, extended. */
    private static Registrations.Applied renaming(String eventId, String suffix) {
        return new Registrations.Applied(eventId, registration -> {
            String before = registration.cell(CELL).requestId();
            return new GridChange().cell(CELL, new ReservationCell(Booking.CONFIRMED, null,
                    (before == null ? "start" : before) + ">" + suffix, null, null, false, false));
        });
    }

    private Document stored(Town.Child child) {
        return mongo.findById(child.registrationId(), Document.class, RegistrationDocument.COLLECTION);
    }
}
