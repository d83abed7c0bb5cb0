package fr.portailfamilles.family.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.family.dashboard.domain.DashboardEntry;
import fr.portailfamilles.family.support.Api;
import fr.portailfamilles.family.support.FamilyFixtures.Made;
import fr.portailfamilles.family.support.FamilyServiceIntegration;
import fr.portailfamilles.platform.test.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** « Mon tableau de bord » follows registration-service's events, through Kafka, in any order, once each. */
class DashboardProjectionTest extends FamilyServiceIntegration {

    static final String TOPIC = RegistrationEventMappings.TOPIC;
    static final Instant T0 = Instant.parse("2026-11-28T08:30:00Z");
    static KafkaProbe kafka;

    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    static void connect() {
        kafka = new KafkaProbe(kafkaBootstrap(), TOPIC + ".dlt");
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void aRegistrationAppearsPendingThenFollowsItsDecision() {
        Made family = fixtures().aCompleteFamily();
        String registration = "reg-" + UUID.randomUUID();

        send(registration, RegistrationEventMappings.REQUESTED, requested(registration, family, T0));
        JsonNode pending = awaitLine(family, registration, "PENDING");
        send(registration, RegistrationEventMappings.APPROVED, approved(registration, family, T0.plusSeconds(1), true));
        JsonNode accepted = awaitLine(family, registration, "ACCEPTED");

        assertThat(pending.get("kindLabel").asString()).isEqualTo("Inscription");
        assertThat(pending.get("stateLabel").asString()).isEqualTo("En attente de traitement");
        assertThat(pending.get("title").asString()).isEqualTo("Zoé — ALSH des mercredis");
        assertThat(pending.get("activityName").asString()).isEqualTo("ALSH des mercredis");
        assertThat(pending.get("childId").asString()).isEqualTo(family.childId());
        assertThat(Instant.parse(pending.get("sentAt").asString())).isEqualTo(T0);
        assertThat(accepted.get("stateLabel").asString()).isEqualTo("Acceptée");
        assertThat(accepted.get("note").asString()).isEqualTo("Validée automatiquement");
        assertThat(Instant.parse(accepted.get("updatedAt").asString())).isEqualTo(T0.plusSeconds(1));
        assertThat(staff().get("/api/families/" + family.familyId() + "/dashboard").json().toString())
                .contains(registration);
    }

    @Test
    void aRefusalShowsItsReason() {
        Made family = fixtures().aCompleteFamily();
        String registration = "reg-" + UUID.randomUUID();

        send(registration, RegistrationEventMappings.REQUESTED, requested(registration, family, T0));
        send(registration, RegistrationEventMappings.REJECTED, """
                {"registrationId":"%s","familyId":"%s","childId":"%s","activityId":"act-alsh-mercredis",
                 "activityName":"ALSH des mercredis","reason":"Plus de place pour cette période.","rejectedAt":"%s"}"""
                .formatted(registration, family.familyId(), family.childId(), T0.plusSeconds(60)));

        JsonNode refused = awaitLine(family, registration, "REFUSED");
        assertThat(refused.get("stateLabel").asString()).isEqualTo("Refusée");
        assertThat(refused.get("reason").asString()).isEqualTo("Plus de place pour cette période.");
    }

    @Test
    void theSameEventDeliveredTwiceIsRecordedOnce() {
        Made family = fixtures().aCompleteFamily();
        String registration = "reg-" + UUID.randomUUID();
        String requestedId = UUID.randomUUID().toString();

        kafka.send(TOPIC, registration, requestedId, RegistrationEventMappings.REQUESTED, T0,
                requested(registration, family, T0));
        kafka.send(TOPIC, registration, requestedId, RegistrationEventMappings.REQUESTED, T0,
                requested(registration, family, T0));
        send(registration, RegistrationEventMappings.CANCELLED, """
                {"registrationId":"%s","familyId":"%s","childId":"%s","activityId":"act-alsh-mercredis",
                 "activityName":"ALSH des mercredis","cancelledAt":"%s"}"""
                .formatted(registration, family.familyId(), family.childId(), T0.plusSeconds(120)));

        awaitLine(family, registration, "CANCELLED");
        Document entry = mongo.findById(DashboardEntry.idOf(
                fr.portailfamilles.family.dashboard.domain.RequestKind.REGISTRATION, registration), Document.class,
                DashboardEntry.COLLECTION);
        assertThat(entry.getList("transitions", Document.class)).hasSize(2);
        assertThat(entry.getList("appliedEvents", String.class)).containsOnlyOnce(requestedId);
        assertThat(lines(family).stream().filter(l -> l.get("requestId").asString().equals(registration))).hasSize(1);
    }

    @Test
    void anApprovalArrivingBeforeItsRequestIsNotUndoneByIt() {
        Made family = fixtures().aCompleteFamily();
        String registration = "reg-" + UUID.randomUUID();

        send(registration, RegistrationEventMappings.APPROVED, approved(registration, family, T0.plusSeconds(600), false));
        JsonNode approvedFirst = awaitLine(family, registration, "ACCEPTED");
        send(registration, RegistrationEventMappings.REQUESTED, requested(registration, family, T0));
        await().atMost(Duration.ofSeconds(30)).until(() -> line(family, registration)
                .filter(l -> Instant.parse(l.get("sentAt").asString()).equals(T0)).isPresent());

        JsonNode after = line(family, registration).orElseThrow();
        assertThat(approvedFirst.get("title").asString()).isEqualTo("Zoé — ALSH des mercredis");
        assertThat(after.get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(Instant.parse(after.get("updatedAt").asString())).isEqualTo(T0.plusSeconds(600));
        assertThat(after.get("note").isNull()).isTrue();
    }

    @Test
    void requestsOfDifferentRegistrationsArrivingOutOfOrderAreListedNewestFirst() {
        Made family = fixtures().aCompleteFamily();
        String older = "reg-" + UUID.randomUUID();
        String newer = "reg-" + UUID.randomUUID();

        send(newer, RegistrationEventMappings.REQUESTED, requested(newer, family, T0.plusSeconds(3600)));
        send(older, RegistrationEventMappings.APPROVED, approved(older, family, T0.plusSeconds(60), false));
        send(older, RegistrationEventMappings.REQUESTED, requested(older, family, T0));
        awaitLine(family, newer, "PENDING");
        await().atMost(Duration.ofSeconds(30)).until(() -> line(family, older)
                .filter(l -> Instant.parse(l.get("sentAt").asString()).equals(T0)).isPresent());

        List<String> order = lines(family).stream().map(l -> l.get("requestId").asString())
                .filter(id -> id.equals(older) || id.equals(newer)).toList();
        assertThat(order).containsExactly(newer, older);
        assertThat(line(family, older).orElseThrow().get("state").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void otherEventTypesAreIgnoredAndAPoisonEventGoesToTheDeadLetterTopic() {
        Made family = fixtures().aCompleteFamily();
        String registration = "reg-" + UUID.randomUUID();

        send(registration, "fr.portailfamilles.registration.something-new.v1", "{\"registrationId\":\"x\"}");
        send(registration, RegistrationEventMappings.REQUESTED, "{ not json");
        send(registration, RegistrationEventMappings.REQUESTED, requested(registration, family, T0));

        awaitLine(family, registration, "PENDING");
        await().atMost(Duration.ofSeconds(30)).until(() -> !kafka.received(TOPIC + ".dlt", registration).isEmpty());
        assertThat(kafka.received(TOPIC + ".dlt", registration)).singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualTo("{ not json"));
    }

    @Test
    void aFamilySeesOnlyItsOwnRequests() {
        Made mine = fixtures().aCompleteFamily();
        Made theirs = fixtures().aCompleteFamily();
        String registration = "reg-" + UUID.randomUUID();

        send(registration, RegistrationEventMappings.REQUESTED, requested(registration, theirs, T0));
        awaitLine(theirs, registration, "PENDING");

        assertThat(parentOf(mine.familyId()).get("/api/families/me/dashboard").json().toString())
                .doesNotContain(registration);
    }

    @Test
    void aReservationRequestAppearsPendingThenSettledWithItsCounts() {
        Made family = fixtures().aCompleteFamily();
        String request = "req-" + UUID.randomUUID();

        kafka.send(ReservationEventMappings.TOPIC, "reg-1", UUID.randomUUID().toString(),
                ReservationEventMappings.REQUESTED, T0, """
                {"requestId":"%s","registrationId":"reg-1","familyId":"%s","childId":"%s","activityId":"aps",
                 "reserve":[{"date":"2026-12-01","unit":"matin"},{"date":"2026-12-03","unit":"matin"}],"cancel":[],
                 "requestedAt":"%s"}""".formatted(request, family.familyId(), family.childId(), T0));
        JsonNode pending = awaitLine(family, request, "PENDING");
        kafka.send(ReservationEventMappings.TOPIC, "reg-1", UUID.randomUUID().toString(),
                ReservationEventMappings.SETTLED, T0, """
                {"requestId":"%s","registrationId":"reg-1","familyId":"%s","confirmed":1,"waitlisted":1,
                 "refused":0,"cancelled":0,"settledAt":"%s"}""".formatted(request, family.familyId(), T0.plusMillis(300)));
        JsonNode settled = awaitLine(family, request, "ACCEPTED");

        assertThat(pending.get("kindLabel").asString()).isEqualTo("Réservation");
        assertThat(pending.get("note").asString()).isEqualTo("2 cases à réserver");
        assertThat(settled.get("note").asString()).isEqualTo("1 validée(s), 1 en liste d'attente, 0 refusée(s), 0 annulée(s)");
    }

    @Test
    void theReservationEventsOfAnErasedFamilyAreNotProjectedThoseOfOthersAre() {
        Made erased = fixtures().aCompleteFamily();
        Made other = fixtures().aCompleteFamily();
        String before = "req-" + UUID.randomUUID();
        sendReservationRequested(before, erased);
        awaitLine(erased, before, "PENDING");
        assertThat(staff().post("/api/families/" + erased.familyId() + "/erasure", null).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> entriesOf(erased) == 0); // the erasure emptied it

        String after = "req-" + UUID.randomUUID();
        String others = "req-" + UUID.randomUUID();
        sendReservationRequested(after, erased);
        sendReservationRequested(others, other);
        awaitLine(other, others, "PENDING");

        assertThat(entriesOf(erased)).isZero();
    }

    private void sendReservationRequested(String request, Made family) {
        // same key: both families' requests go to the same partition, in this order
        kafka.send(ReservationEventMappings.TOPIC, "reg-erasure", UUID.randomUUID().toString(),
                ReservationEventMappings.REQUESTED, T0, """
                {"requestId":"%s","registrationId":"reg-erasure","familyId":"%s","childId":"%s","activityId":"aps",
                 "reserve":[{"date":"2026-12-01","unit":"matin"}],"cancel":[],"requestedAt":"%s"}"""
                        .formatted(request, family.familyId(), family.childId(), T0));
    }

    private long entriesOf(Made family) {
        return mongo.getCollection(DashboardEntry.COLLECTION).countDocuments(new Document("familyId",
                family.familyId()));
    }

    private void send(String registration, String type, String json) {
        kafka.send(TOPIC, registration, UUID.randomUUID().toString(), type, T0, json);
    }

    private static String requested(String registration, Made family, Instant at) {
        return """
                {"registrationId":"%s","familyId":"%s","childId":"%s","childFirstName":"Zoé",
                 "activityId":"act-alsh-mercredis","activityName":"ALSH des mercredis","requestedAt":"%s"}"""
                .formatted(registration, family.familyId(), family.childId(), at);
    }

    private static String approved(String registration, Made family, Instant at, boolean automatic) {
        return """
                {"registrationId":"%s","familyId":"%s","childId":"%s","activityId":"act-alsh-mercredis",
                 "activityName":"ALSH des mercredis","approvedAt":"%s","automatic":%s}"""
                .formatted(registration, family.familyId(), family.childId(), at, automatic);
    }

    private JsonNode awaitLine(Made family, String registration, String state) {
        await().atMost(Duration.ofSeconds(30)).until(() -> line(family, registration)
                .filter(l -> l.get("state").asString().equals(state)).isPresent());
        return line(family, registration).orElseThrow();
    }

    private Optional<JsonNode> line(Made family, String registration) {
        return lines(family).stream().filter(l -> l.get("requestId").asString().equals(registration)).findFirst();
    }

    private List<JsonNode> lines(Made family) {
        Api parent = parentOf(family.familyId());
        return parent.get("/api/families/me/dashboard").json().valueStream().toList();
    }
}
