package fr.portailfamilles.registration.registration;

import static fr.portailfamilles.registration.support.FamilyFixtures.BORN_2013;
import static fr.portailfamilles.registration.support.FamilyFixtures.BORN_2018;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.platform.test.KafkaProbe;
import fr.portailfamilles.registration.support.Api;
import fr.portailfamilles.registration.support.FamilyFixtures;
import fr.portailfamilles.registration.support.ServiceTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A request from the parent's click to the decision's event, on the embedded broker and database. */
class RegistrationFlowTest extends ServiceTestSupport {

    static final String REQUESTED = "fr.portailfamilles.registration.requested.v1";
    static final String APPROVED = "fr.portailfamilles.registration.approved.v1";
    static final String REJECTED = "fr.portailfamilles.registration.rejected.v1";
    static final String CANCELLED = "fr.portailfamilles.registration.cancelled.v1";

    @Test
    void aParentsRequestAnswersAtOnceAsSentAndIsPublished() {
        String familyId = FamilyFixtures.newFamilyId();
        String childId = families.aCompleteFamilyWithAChild(familyId, "Léa", BORN_2018);

        Api.Answer sent = request(familyId, childId, "aps");

        assertThat(sent.status()).isEqualTo(202);
        String id = sent.body().get("id").asString();
        assertThat(sent.location()).isEqualTo("/api/registrations/" + id);
        assertThat(sent.body().get("state").asString()).isEqualTo("ENVOYEE");
        assertThat(sent.body().get("stateLabel").asString()).isEqualTo("Envoyée — en attente de traitement");
        ConsumerRecord<String, String> event = awaitEvent(id, REQUESTED);
        assertThat(KafkaProbe.header(event, "ce_source")).isEqualTo("/portail-familles/registration-service");
        JsonNode payload = api.json().readTree(event.value());
        assertThat(fieldNames(payload)).containsExactlyInAnyOrder("registrationId", "familyId", "childId",
                "childFirstName", "activityId", "activityName", "requestedAt");
        assertThat(payload.get("registrationId").asString()).isEqualTo(id);
        assertThat(payload.get("familyId").asString()).isEqualTo(familyId);
        assertThat(payload.get("childId").asString()).isEqualTo(childId);
        assertThat(payload.get("childFirstName").asString()).isEqualTo("Léa");
        assertThat(payload.get("activityId").asString()).isEqualTo("aps");
        assertThat(payload.get("activityName").asString()).isEqualTo("APS — Accueil périscolaire");
        assertThat(Instant.parse(payload.get("requestedAt").asString())).isNotNull();

        JsonNode child = api.get("/api/registrations/me", tokens.parent(familyId)).body().at("/children/0");
        assertThat(child.get("pending")).extracting(r -> r.get("id").asString()).containsExactly(id);
        assertThat(child.get("current")).isEmpty();
    }

    @Test
    void aRequestApprovedByStaffPublishesWhatOpensTheGrid() {
        String familyId = FamilyFixtures.newFamilyId();
        String childId = families.aCompleteFamilyWithAChild(familyId, "Léa", BORN_2018);
        String id = request(familyId, childId, "alsh-mercredis").body().get("id").asString();

        Api.Answer approved = api.post("/api/registrations/" + id + "/approval", tokens.staff(), null);

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().get("state").asString()).isEqualTo("VALIDEE");
        JsonNode payload = api.json().readTree(awaitEvent(id, APPROVED).value());
        assertThat(fieldNames(payload)).containsExactlyInAnyOrder("registrationId", "familyId", "childId",
                "childFirstName", "activityId", "activityName", "seasonId", "startDate", "endDate", "approvedAt",
                "automatic");
        assertThat(payload.get("registrationId").asString()).isEqualTo(id);
        assertThat(payload.get("familyId").asString()).isEqualTo(familyId);
        assertThat(payload.get("childId").asString()).isEqualTo(childId);
        assertThat(payload.get("childFirstName").asString()).isEqualTo("Léa");
        assertThat(payload.get("activityId").asString()).isEqualTo("alsh-mercredis");
        assertThat(payload.get("activityName").asString()).isEqualTo("ALSH des Mercredis après-midi");
        assertThat(payload.get("seasonId").asString()).isEqualTo("2026-2027");
        assertThat(payload.get("startDate").asString()).isEqualTo("2026-11-30");
        assertThat(payload.get("endDate").asString()).isEqualTo("2027-08-31");
        assertThat(payload.get("automatic").asBoolean()).isFalse();
        assertThat(Instant.parse(payload.get("approvedAt").asString())).isNotNull();

        JsonNode child = api.get("/api/registrations/me", tokens.parent(familyId)).body().at("/children/0");
        assertThat(child.get("pending")).isEmpty();
        assertThat(child.at("/current/0/reservationsUrl").asString()).isEqualTo("/reservations?inscription=" + id);
        assertThat(child.at("/current/0/decidedBy").isNull()).as("staff names stay with staff").isTrue();
    }

    @Test
    void aRefusalPublishesItsReasonAndTheChildMayAskAgain() {
        String familyId = FamilyFixtures.newFamilyId();
        String childId = families.aCompleteFamilyWithAChild(familyId, "Léa", BORN_2018);
        String id = request(familyId, childId, "aps").body().get("id").asString();

        Api.Answer refused = api.post("/api/registrations/" + id + "/refusal", tokens.staff(),
                Map.of("reason", "L'enfant n'est pas scolarisé à Carcans."));

        assertThat(refused.body().get("state").asString()).isEqualTo("REFUSEE");
        JsonNode payload = api.json().readTree(awaitEvent(id, REJECTED).value());
        assertThat(fieldNames(payload)).containsExactlyInAnyOrder("registrationId", "familyId", "childId",
                "activityId", "activityName", "reason", "rejectedAt");
        assertThat(payload.get("reason").asString()).isEqualTo("L'enfant n'est pas scolarisé à Carcans.");
        JsonNode closed = api.get("/api/registrations/me", tokens.parent(familyId)).body().at("/children/0/closed/0");
        assertThat(closed.get("refusalReason").asString()).isEqualTo("L'enfant n'est pas scolarisé à Carcans.");
        assertThat(request(familyId, childId, "aps").status()).isEqualTo(202);
    }

    @Test
    void aParentWithdrawsAPendingRequest() {
        String familyId = FamilyFixtures.newFamilyId();
        String childId = families.aCompleteFamilyWithAChild(familyId, "Léa", BORN_2018);
        String id = request(familyId, childId, "alsh-vacances").body().get("id").asString();

        Api.Answer cancelled = api.post("/api/registrations/" + id + "/cancellation", tokens.parent(familyId), null);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().get("state").asString()).isEqualTo("ANNULEE");
        JsonNode payload = api.json().readTree(awaitEvent(id, CANCELLED).value());
        assertThat(fieldNames(payload)).containsExactlyInAnyOrder("registrationId", "familyId", "childId",
                "activityId", "activityName", "cancelledAt");
        assertThat(api.post("/api/registrations/" + id + "/approval", tokens.staff(), null).status()).isEqualTo(409);
    }

    @Test
    void adoMinosApprovesARequestOnItsOwnWithinASecond() {
        String familyId = FamilyFixtures.newFamilyId();
        String first = families.aCompleteFamilyWithAChild(familyId, "Tom", BORN_2013);
        String second = families.child(familyId, "Zoé", BORN_2013);
        // the first one also waits for the consumer's partitions to be assigned after start-up
        String warmUp = request(familyId, first, "ado-minos").body().get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> "VALIDEE".equals(state(warmUp)));

        Api.Answer sent = request(familyId, second, "ado-minos");
        assertThat(sent.body().get("state").asString()).isEqualTo("ENVOYEE");
        String id = sent.body().get("id").asString();

        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50))
                .until(() -> "VALIDEE".equals(state(id)));
        JsonNode payload = api.json().readTree(awaitEvent(id, APPROVED).value());
        assertThat(payload.get("automatic").asBoolean()).isTrue();
        JsonNode seen = api.get("/api/registrations/" + id, tokens.staff()).body();
        assertThat(seen.get("decidedBy").asString()).isEqualTo("Validation automatique");
    }

    @Test
    void staffWorkThroughTheQueueOldestFirstAndFilterByActivity() {
        String familyId = FamilyFixtures.newFamilyId();
        String lea = families.aCompleteFamilyWithAChild(familyId, "Léa", BORN_2018);
        String older = request(familyId, lea, "aps").body().get("id").asString();
        String newer = request(familyId, lea, "alsh-vacances").body().get("id").asString();

        List<String> queue = ids(api.get("/api/registrations/requests", tokens.staff()).body());
        assertThat(queue).containsSubsequence(older, newer);
        List<String> aps = ids(api.get("/api/registrations/requests?state=ENVOYEE&activityId=aps",
                tokens.staff()).body());
        assertThat(aps).contains(older).doesNotContain(newer);

        api.post("/api/registrations/" + older + "/approval", tokens.staff(), null);
        assertThat(ids(api.get("/api/registrations/requests", tokens.staff()).body())).doesNotContain(older);
        assertThat(ids(api.get("/api/registrations/requests?state=VALIDEE", tokens.staff()).body())).contains(older);
    }

    @Test
    void staffOpenARequestWithTheChildsAndTheFamilysEssentials() {
        String familyId = FamilyFixtures.newFamilyId();
        String childId = families.aCompleteFamilyWithAChild(familyId, "Léa", BORN_2018);
        String approved = request(familyId, childId, "aps").body().get("id").asString();
        api.post("/api/registrations/" + approved + "/approval", tokens.staff(), null);
        String id = request(familyId, childId, "alsh-mercredis").body().get("id").asString();

        JsonNode file = api.get("/api/registrations/requests/" + id, tokens.staff()).body();

        assertThat(file.at("/registration/state").asString()).isEqualTo("ENVOYEE");
        assertThat(file.at("/child/firstName").asString()).isEqualTo("Léa");
        assertThat(file.at("/child/ageAtSeasonStart").asInt()).isEqualTo(8);
        assertThat(file.at("/child/school").asString()).isEqualTo("École élémentaire de Carcans");
        assertThat(file.at("/family/guardianName").asString()).isEqualTo("Claire Martin");
        assertThat(file.at("/family/email").asString()).isEqualTo("claire.martin@example.fr");
        assertThat(file.at("/family/fileComplete").asBoolean()).isTrue();
        assertThat(file.at("/activity/ageLabel").asString()).isEqualTo("de 3 à 11 ans");
        assertThat(file.get("otherRegistrations")).extracting(r -> r.get("id").asString()).containsExactly(approved);
    }

    private ConsumerRecord<String, String> awaitEvent(String registrationId, String type) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !kafka.received(REGISTRATIONS_TOPIC, registrationId, type).isEmpty());
        List<ConsumerRecord<String, String>> events = kafka.received(REGISTRATIONS_TOPIC, registrationId, type);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static List<String> fieldNames(JsonNode payload) {
        return payload.propertyNames().stream().toList();
    }

    private static List<String> ids(JsonNode list) {
        return list.valueStream().map(r -> r.get("id").asString()).toList();
    }
}
