package fr.portailfamilles.reservation.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.platform.test.KafkaProbe;
import fr.portailfamilles.reservation.grid.domain.RequestProgress;
import fr.portailfamilles.reservation.support.Api;
import fr.portailfamilles.reservation.support.GridStream;
import fr.portailfamilles.reservation.support.ReservationTestBase;
import fr.portailfamilles.reservation.support.Town;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** The family's path on the embedded broker and database: « Valider », the decision pushed, the grid. */
class ReservationFlowTest extends ReservationTestBase {

    @Autowired
    MeterRegistry meters;

    @Autowired
    MongoTemplate mongo;

    @Test
    void confirmsReservedCellsAndPushesEachDecisionToTheOpenGrid() {
        Town.Activity activity = town.activity();
        Town.Child lea = town.register(activity, "Léa");
        List<LocalDate> days = town.bookableDays(activity, 2);

        try (GridStream stream = new GridStream(api.uri(lea.path() + "/events"), lea.token())) {
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.status() == 200);
            Api.Answer accepted = api.post(lea.path() + "/requests", lea.token(), reserve(
                    cell(days.get(0), "matin"), cell(days.get(0), "repas"), cell(days.get(1), "matin")));

            assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
            assertThat(accepted.body().get("cells")).hasSize(3);
            assertThat(accepted.body().at("/cells/0/state").asString()).isEqualTo("REQUESTED");
            await().atMost(Duration.ofSeconds(20)).until(() -> decisions(stream).size() == 3);
            assertThat(decisions(stream)).extracting(e -> e.data().get("state").asString()).containsOnly("CONFIRMED");
            await().atMost(Duration.ofSeconds(20)).until(() -> stream.events().stream()
                    .anyMatch(e -> e.name().equals("settled")));
        }
        assertThat(stateOf(lea, days.get(0), "matin")).isEqualTo("CONFIRMED");
        assertThat(stateOf(lea, days.get(0), "repas")).isEqualTo("CONFIRMED");
        assertThat(stateOf(lea, days.get(0), "soir")).isEqualTo("FREE");
        await().atMost(Duration.ofSeconds(20)).until(() -> !events(lea, "request-settled").isEmpty());
        List<ConsumerRecord<String, String>> published = records(lea);
        assertThat(published).extracting(r -> KafkaProbe.header(r, "ce_type")).containsSubsequence(
                TYPE + "requested.v1", TYPE + "confirmed.v1", TYPE + "request-settled.v1");
        assertThat(published).allSatisfy(r -> {
            assertThat(KafkaProbe.header(r, "ce_source")).isEqualTo("/portail-familles/reservation-service");
            assertThat(KafkaProbe.header(r, "ce_id")).isNotBlank();
        });
        JsonNode settled = events(lea, "request-settled").get(0);
        assertThat(settled.get("confirmed").asInt()).isEqualTo(3);
        assertThat(settled.get("waitlisted").asInt()).isZero();
    }

    @Test
    void measuresTheTimeFromValiderToTheDecisionOnTheOpenGrid() {
        Town.Activity activity = town.activity();
        Town.Child tom = town.register(activity, "Tom");
        List<LocalDate> days = town.bookableDays(activity, 6);
        List<Long> millis = new ArrayList<>();
        Timer decision = meters.get("portail.reservation.decision").timer();
        long countBefore = decision.count();
        double totalBefore = decision.totalTime(TimeUnit.MILLISECONDS);
        try (GridStream stream = new GridStream(api.uri(tom.path() + "/events"), tom.token())) {
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.status() == 200);
            for (int round = 0; round < 12; round++) {
                LocalDate day = days.get(round / 2);
                int before = decisions(stream).size();
                long start = System.nanoTime();
                send(tom, round % 2 == 0 ? reserve(cell(day, "soir")) : cancel(cell(day, "soir")));
                await().atMost(Duration.ofSeconds(20)).until(() -> decisions(stream).size() > before);
                millis.add((decisions(stream).get(before).atNanos() - start) / 1_000_000);
            }
        }
        Collections.sort(millis);
        System.out.printf("Decision latency, « Valider » to the decision pushed on the open grid, 12 requests: "
                + "min %d ms, median %d ms, max %d ms%n", millis.get(0), millis.get(6), millis.get(11));
        long count = decision.count() - countBefore;
        System.out.printf("portail.reservation.decision (request received to decision written), these 12 requests: "
                + "mean %.0f ms%n", (decision.totalTime(TimeUnit.MILLISECONDS) - totalBefore) / count);
        assertThat(count).isGreaterThanOrEqualTo(12);
        assertThat(meters.get("portail.reservation.decisions").tag("outcome", "confirmed").counter().count())
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void waitlistsWhenFullAndPromotesTheHeadWhenAPlaceIsGivenBack() {
        Town.Activity activity = town.activity();
        town.capacity(activity, "matin", 1);
        LocalDate day = town.bookableDays(activity, 1).get(0);
        Town.Child anna = town.register(activity, "Anna");
        Town.Child ben = town.register(activity, "Ben");
        Town.Child chloe = town.register(activity, "Chloé");

        sendAndSettle(anna, reserve(cell(day, "matin")));
        sendAndSettle(ben, reserve(cell(day, "matin")));
        sendAndSettle(chloe, reserve(cell(day, "matin")));

        assertThat(stateOf(anna, day, "matin")).isEqualTo("CONFIRMED");
        assertThat(stateOf(ben, day, "matin")).isEqualTo("WAITLISTED");
        assertThat(cellOf(ben, day, "matin").get("position").asInt()).isEqualTo(1);
        assertThat(cellOf(chloe, day, "matin").get("position").asInt()).isEqualTo(2);
        assertThat(cellOf(chloe, day, "matin").get("label").asString()).contains("liste d’attente", "position 2");
        assertThat(events(ben, "waitlisted").get(0).get("position").asInt()).isEqualTo(1);

        try (GridStream benStream = new GridStream(api.uri(ben.path() + "/events"), ben.token())) {
            await().atMost(Duration.ofSeconds(10)).until(() -> benStream.status() == 200);
            String cancellation = sendAndSettle(anna, cancel(cell(day, "matin")));

            await().atMost(Duration.ofSeconds(20)).until(() -> decisions(benStream).stream()
                    .anyMatch(e -> e.data().get("outcome").asString().equals("PROMOTED")));
            JsonNode cancelled = events(anna, "cancelled").get(0);
            assertThat(cancelled.get("reason").asString()).isEqualTo("PARENT");
            assertThat(cancelled.get("requestId").asString()).isEqualTo(cancellation);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> stateOf(ben, day, "matin").equals("CONFIRMED"));
        assertThat(events(ben, "promoted")).hasSize(1);
        assertThat(stateOf(anna, day, "matin")).isEqualTo("FREE");
        assertThat(cellOf(chloe, day, "matin").get("position").asInt()).as("Chloé moves up").isEqualTo(1);
        assertThat(events(chloe, "promoted")).isEmpty();
    }

    @Test
    void withdrawsAWaitingRequestAndTheQueueMovesUp() {
        Town.Activity activity = town.activity();
        town.capacity(activity, "soir", 1);
        LocalDate day = town.bookableDays(activity, 1).get(0);
        Town.Child anna = town.register(activity, "Anna");
        Town.Child ben = town.register(activity, "Ben");
        Town.Child chloe = town.register(activity, "Chloé");
        for (Town.Child child : List.of(anna, ben, chloe)) {
            sendAndSettle(child, reserve(cell(day, "soir")));
        }

        String withdrawal = send(ben, cancel(cell(day, "soir")));
        assertThat(stateOf(ben, day, "soir")).isIn("WITHDRAW_REQUESTED", "FREE");
        await().atMost(Duration.ofSeconds(20)).until(() -> settled(ben, withdrawal) != null);

        assertThat(events(ben, "withdrawn")).extracting(e -> e.get("requestId").asString()).containsExactly(withdrawal);
        assertThat(stateOf(ben, day, "soir")).isEqualTo("FREE");
        assertThat(cellOf(chloe, day, "soir").get("position").asInt()).isEqualTo(1);
        assertThat(stateOf(anna, day, "soir")).isEqualTo("CONFIRMED");
        assertThat(settled(ben, withdrawal).get("cancelled").asInt()).isEqualTo(1);
    }

    @Test
    void reservesEveryChosenDayOfAWeeklyTemplate() {
        Town.Activity activity = town.activity();
        Town.Child lina = town.register(activity, "Lina");
        List<LocalDate> days = town.bookableDays(activity, 10);
        LocalDate from = days.get(0);
        LocalDate to = days.get(9);
        List<String> weekdays = List.of(from.getDayOfWeek().name(), days.get(1).getDayOfWeek().name());

        String requestId = sendAndSettle(lina, Map.of("template", Map.of("weekdays", weekdays,
                "units", List.of("matin", "repas"), "from", from.toString(), "to", to.toString())));

        long expectedDays = days.stream().filter(d -> weekdays.contains(d.getDayOfWeek().name())).count();
        JsonNode settled = settled(lina, requestId);
        assertThat(settled.get("confirmed").asInt()).isEqualTo((int) expectedDays * 2);
        assertThat(events(lina, "requested").get(0).get("reserve")).hasSize((int) expectedDays * 2);
        assertThat(stateOf(lina, from, "repas")).isEqualTo("CONFIRMED");
    }

    @Test
    void staffIncreasingTheCapacityPromotesFromTheWaitlist() {
        Town.Activity activity = town.activity();
        town.capacity(activity, "journee", 1);
        LocalDate day = town.bookableDays(activity, 1).get(0);
        List<Town.Child> children = List.of(town.register(activity, "A"), town.register(activity, "B"),
                town.register(activity, "C"));
        children.forEach(child -> sendAndSettle(child, reserve(cell(day, "journee"))));

        Api.Answer changed = api.put("/api/reservations/admin/activities/" + activity.id() + "/capacities",
                Town.staff(), Map.of("unit", "journee", "capacity", 2));

        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.body().get("promoted").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> stateOf(children.get(1), day, "journee").equals("CONFIRMED"));
        assertThat(cellOf(children.get(2), day, "journee").get("position").asInt()).isEqualTo(1);
        JsonNode board = api.get("/api/reservations/admin/activities/" + activity.id() + "/slots?month="
                + day.toString().substring(0, 7), Town.staff()).body();
        JsonNode fill = dayOf(board, day).get("units").get(3);
        assertThat(fill.get("unit").asString()).isEqualTo("journee");
        assertThat(fill.get("capacity").asInt()).isEqualTo(2);
        assertThat(fill.get("confirmed").asInt()).isEqualTo(2);
        assertThat(fill.at("/waitlist/0/childFirstName").asString()).isEqualTo("C");
        assertThat(fill.at("/waitlist/0/since").asString()).as("when the slot took the request").isNotBlank();
    }

    @Test
    void closingADayCancelsItsReservationsAndTellsTheFamilies() {
        Town.Activity activity = town.activity();
        LocalDate day = town.bookableDays(activity, 1).get(0);
        Town.Child zoe = town.register(activity, "Zoé");
        sendAndSettle(zoe, reserve(cell(day, "matin"), cell(day, "repas")));

        Api.Answer closed = api.post("/api/reservations/admin/activities/" + activity.id() + "/closures",
                Town.staff(), Map.of("date", day.toString(), "reason", "Grève"));

        assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
        assertThat(closed.body().get("cancelled").asInt()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(20)).until(() -> events(zoe, "cancelled").size() == 2);
        assertThat(events(zoe, "cancelled")).allSatisfy(e -> {
            assertThat(e.get("reason").asString()).isEqualTo("DAY_CLOSED");
            assertThat(e.get("previousState").asString()).isEqualTo("CONFIRMED");
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> stateOf(zoe, day, "matin").equals("NOT_OFFERED"));
        assertThat(cellOf(zoe, day, "matin").get("label").asString()).isEqualTo("Grève");
        Api.Answer refused = api.post(zoe.path() + "/requests", zoe.token(), reserve(cell(day, "soir")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.detail()).contains("n’est pas un jour d’activité", "Grève");
    }

    @Test
    void aCancelledRegistrationGivesBackItsFuturePlaces() {
        Town.Activity activity = town.activity();
        town.capacity(activity, "repas", 1);
        LocalDate day = town.bookableDays(activity, 1).get(0);
        Town.Child leaving = town.register(activity, "Paul");
        Town.Child waiting = town.register(activity, "Jade");
        sendAndSettle(leaving, reserve(cell(day, "repas")));
        sendAndSettle(waiting, reserve(cell(day, "repas")));

        town.cancelRegistration(leaving);

        await().atMost(Duration.ofSeconds(20)).until(() -> !events(leaving, "cancelled").isEmpty());
        assertThat(events(leaving, "cancelled").get(0).get("reason").asString()).isEqualTo("REGISTRATION_CANCELLED");
        await().atMost(Duration.ofSeconds(20)).until(() -> stateOf(waiting, day, "repas").equals("CONFIRMED"));
        Api.Answer refused = api.post(leaving.path() + "/requests", leaving.token(), reserve(cell(day, "matin")));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("inscription-annulee");
    }

    @Test
    void anInvoicedDayIsLockedForTheFamily() {
        Town.Activity activity = town.activity();
        LocalDate day = town.bookableDays(activity, 1).get(0);
        Town.Child noe = town.register(activity, "Noé");
        sendAndSettle(noe, reserve(cell(day, "matin")));

        town.invoice(noe, day, "matin");

        await().atMost(Duration.ofSeconds(20)).until(() -> stateOf(noe, day, "matin").equals("INVOICED"));
        assertThat(cellOf(noe, day, "matin").get("modifiable").asBoolean()).isFalse();
        assertThat(cellOf(noe, day, "matin").get("label").asString()).isEqualTo("Réservation facturée (non modifiable)");
        Api.Answer refused = api.post(noe.path() + "/requests", noe.token(), cancel(cell(day, "matin")));
        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void aParentOnlySeesAndTouchesTheirOwnChildrensGrids() {
        Town.Activity activity = town.activity();
        LocalDate day = town.bookableDays(activity, 1).get(0);
        Town.Child mine = town.register(activity, "Mina");
        Town.Child theirs = town.register(activity, "Théo");
        String myToken = mine.token();

        assertThat(api.get(theirs.path() + "/grid", myToken).status()).isEqualTo(404);
        Api.Answer post = api.post(theirs.path() + "/requests", myToken, reserve(cell(day, "matin")));
        assertThat(post.status()).isEqualTo(404);
        assertThat(post.code()).isEqualTo("inscription-introuvable");
        assertThat(api.get(theirs.path() + "/events", myToken).status()).isEqualTo(404);
        try (GridStream stream = new GridStream(api.uri(theirs.path() + "/events"), myToken)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.status() != 0);
            assertThat(stream.status()).as("an EventSource on another family's grid").isEqualTo(404);
        }
        assertThat(api.get("/api/reservations/registrations", myToken).body())
                .extracting(r -> r.get("registrationId").asString()).containsExactly(mine.registrationId());
        assertThat(api.get("/api/reservations/admin/activities", myToken).status()).isEqualTo(403);
        assertThat(api.get(theirs.path() + "/grid", Town.staff()).status()).isEqualTo(200);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> records(theirs).isEmpty());
    }

    @Test
    void aValiderSentAgainWithItsKeyGetsItsRequestBackInsteadOfASecondOne() {
        Town.Activity activity = town.activity();
        Town.Child ines = town.register(activity, "Inès");
        List<LocalDate> days = town.bookableDays(activity, 2);
        Map<String, Object> request = reserve(cell(days.get(0), "matin"), cell(days.get(1), "matin"));

        Api.Answer first = api.post(ines.path() + "/requests", ines.token(), request, "valider-7f3a9c21");
        assertThat(first.status()).as(first.raw()).isEqualTo(202);
        String requestId = first.body().get("requestId").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> settled(ines, requestId) != null);

        // the page never got the first answer (a busy morning) and sends the same « Valider » again
        Api.Answer again = api.post(ines.path() + "/requests", ines.token(), request, "valider-7f3a9c21");

        assertThat(again.status()).as(again.raw()).isEqualTo(202);
        assertThat(again.body().get("requestId").asString()).isEqualTo(requestId);
        assertThat(again.body().get("cells")).extracting(c -> c.get("date").asString() + "|" + c.get("unit").asString()
                + "|" + c.get("action").asString() + "|" + c.get("state").asString())
                .containsExactly(days.get(0) + "|matin|RESERVE|CONFIRMED", days.get(1) + "|matin|RESERVE|CONFIRMED");
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> events(ines, "requested").size() == 1);
        assertThat(events(ines, "confirmed")).hasSize(2);

        Api.Answer malformed = api.post(ines.path() + "/requests", ines.token(), request, "x");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("cle-de-demande-invalide");
    }

    @Test
    void aValiderRemovesTheRequestsSettledMoreThanADayAgoAndKeepsTheOthers() {
        Town.Activity activity = town.activity();
        Town.Child noe = town.register(activity, "Noé");
        List<LocalDate> days = town.bookableDays(activity, 2);
        String yesterdays = sendAndSettle(noe, reserve(cell(days.get(0), "matin")));
        // two requests of last month, as a registration keeps them: one settled, one still waiting for a draw
        Instant lastMonth = Instant.now().minus(Duration.ofDays(30));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(noe.registrationId())), new Update()
                .set("requests.settled-last-month", new RequestProgress(List.of(), 1, 1, 0, 0, 0, true, lastMonth,
                        "valider-ancienne", List.of(days.get(0) + "|soir|RESERVE")))
                .set("requests.waiting-since-last-month", new RequestProgress(List.of(days.get(1) + "|soir"), 1, 0, 0,
                        0, 0, false, lastMonth, null, List.of(days.get(1) + "|soir|RESERVE"))), "registrations");

        String todays = send(noe, reserve(cell(days.get(1), "matin")));

        Document stored = mongo.findById(noe.registrationId(), Document.class, "registrations");
        assertThat(stored.get("requests", Document.class).keySet())
                .containsExactlyInAnyOrder(yesterdays, "waiting-since-last-month", todays);
    }

    @Test
    void theOpenStreamReceivesAHeartbeat() {
        Town.Activity activity = town.activity();
        Town.Child ella = town.register(activity, "Ella");
        try (GridStream stream = new GridStream(api.uri(ella.path() + "/events"), ella.token())) {
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.comments().contains("ping"));
        }
    }

    static List<GridStream.Received> decisions(GridStream stream) {
        return stream.events().stream().filter(e -> e.name().equals("decision")).toList();
    }

    static JsonNode dayOf(JsonNode board, LocalDate day) {
        for (JsonNode entry : board) {
            if (entry.get("date").asString().equals(day.toString())) {
                return entry;
            }
        }
        throw new AssertionError("no day " + day);
    }
}
