package fr.portailfamilles.family.file;

import static fr.portailfamilles.family.file.FamilyIntegrationEvents.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.family.support.Api.Answer;
import fr.portailfamilles.family.support.FamilyFixtures;
import fr.portailfamilles.family.support.FamilyFixtures.Made;
import fr.portailfamilles.family.support.FamilyServiceIntegration;
import fr.portailfamilles.platform.test.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Staff keep family files; completing one publishes the event that opens the account. */
class FamilyFileTest extends FamilyServiceIntegration {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static KafkaProbe kafka;

    @BeforeAll
    static void listen() {
        kafka = new KafkaProbe(kafkaBootstrap(), TOPIC);
    }

    @AfterAll
    static void stopListening() {
        kafka.close();
    }

    @Test
    void completingAFilePublishesFileCompletedWithTheAccountHolder() {
        Made family = fixtures().aFamilyWithOneChild();

        Answer completed = staff().post("/api/families/" + family.familyId() + "/completion", null);

        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json().get("state").asString()).isEqualTo("COMPLETE");
        assertThat(completed.json().get("stateLabel").asString()).isEqualTo("Dossier complet");
        List<ConsumerRecord<String, String>> events = awaitEvents(family.familyId(),
                FamilyIntegrationEvents.FILE_COMPLETED, 1);
        ConsumerRecord<String, String> event = events.get(0);
        assertThat(event.key()).isEqualTo(family.familyId());
        assertThat(KafkaProbe.header(event, "ce_source")).isEqualTo("/portail-familles/family-service");
        assertThat(KafkaProbe.header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaProbe.header(event, "ce_id")).isNotBlank();
        assertThat(Instant.parse(KafkaProbe.header(event, "ce_time"))).isNotNull();
        JsonNode payload = JSON.readTree(event.value());
        assertThat(payload.get("familyId").asString()).isEqualTo(family.familyId());
        assertThat(payload.get("email").asString()).isEqualTo(family.email());
        assertThat(payload.get("firstName").asString()).isEqualTo("Alex");
        assertThat(payload.get("lastName").asString()).isEqualTo(family.file().at("/guardians/0/lastName").asString());
        assertThat(Instant.parse(payload.get("completedAt").asString()))
                .isEqualTo(Instant.parse(completed.json().get("completedAt").asString()));
    }

    @Test
    void refusesToCompleteAFileThatMissesSomethingAndSaysWhat() {
        String lastName = "Inc" + UUID.randomUUID().toString().substring(0, 8);
        Answer opened = staff().post("/api/families", Map.of("guardian", Map.of("firstName", "Sam", "lastName",
                lastName, "email", lastName.toLowerCase() + "@example.fr")));
        String familyId = opened.json().get("id").asString();
        assertThat(opened.json().at("/completeness/complete").asBoolean()).isFalse();

        Answer refused = staff().post("/api/families/" + familyId + "/completion", null);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.code()).isEqualTo("dossier-incomplet");
        assertThat(refused.json().get("manquant").valueStream().map(JsonNode::asString).toList()).containsExactly(
                "Au moins un responsable légal doit avoir une adresse e-mail, une adresse postale complète et un "
                        + "numéro de téléphone.",
                "Le dossier doit compter au moins un enfant.");
        assertThat(staff().get("/api/families/" + familyId).json().get("state").asString()).isEqualTo("INCOMPLETE");
    }

    @Test
    void completingTwiceIsAConflictAndPublishesOnce() {
        Made family = fixtures().aCompleteFamily();

        Answer again = staff().post("/api/families/" + family.familyId() + "/completion", null);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("dossier-deja-complet");
        awaitEvents(family.familyId(), FamilyIntegrationEvents.FILE_COMPLETED, 1);
        // a later event of the same family (same partition) proves nothing else was queued before it
        staff().put("/api/families/" + family.familyId() + "/quotient", Map.of("value", 900, "proofDate", "2026-10-01"));
        awaitEvents(family.familyId(), FamilyIntegrationEvents.QUOTIENT_CHANGED, 2);
        assertThat(kafka.received(TOPIC, family.familyId(), FamilyIntegrationEvents.FILE_COMPLETED)).hasSize(1);
    }

    @Test
    void childUpdatedCarriesWhatOthersNeedAndNoHealthData() {
        Made family = fixtures().aFamilyWithOneChild();

        ConsumerRecord<String, String> created = awaitEvents(family.familyId(),
                FamilyIntegrationEvents.CHILD_UPDATED, 1).get(0);

        JsonNode payload = JSON.readTree(created.value());
        assertThat(payload.get("childId").asString()).isEqualTo(family.childId()).startsWith("chd-");
        assertThat(payload.get("firstName").asString()).isEqualTo("Zoé");
        assertThat(payload.get("birthDate").asString()).isEqualTo("2018-04-02");
        assertThat(payload.get("school").asString()).isEqualTo("École des Pins");
        assertThat(payload.get("schoolClass").asString()).isEqualTo("CE2");
        assertThat(created.value()).doesNotContain("secret-sante", "Kiwi", "health", "Végétarien", "Oncle");
    }

    @Test
    void aChangeOfHealthNotesAlonePublishesNothingButAChangeOfClassDoes() {
        Made family = fixtures().aCompleteFamily();
        String path = "/api/families/me/children/" + family.childId();
        Map<String, Object> care = Map.of("school", "École des Pins", "schoolClass", "CE2",
                "health", Map.of("allergies", "Pollen"), "pickUp", Map.of("nobody", true), "imageConsent", false);

        Answer healthOnly = parentOf(family.familyId()).put(path, care);
        Answer newClass = parentOf(family.familyId()).put(path, Map.of("school", "École des Pins",
                "schoolClass", "CM1", "pickUp", Map.of("nobody", true)));

        assertThat(healthOnly.status()).as(healthOnly.toString()).isEqualTo(200);
        assertThat(healthOnly.json().at("/health/allergies").asString()).isEqualTo("Pollen");
        assertThat(newClass.json().get("schoolClass").asString()).isEqualTo("CM1");
        List<ConsumerRecord<String, String>> updates = awaitEvents(family.familyId(),
                FamilyIntegrationEvents.CHILD_UPDATED, 2);
        assertThat(JSON.readTree(updates.get(1).value()).get("schoolClass").asString()).isEqualTo("CM1");
    }

    @Test
    void quotientChangesArePublishedForBilling() {
        Made family = fixtures().aFamilyWithOneChild();

        staff().put("/api/families/" + family.familyId() + "/quotient", Map.of("value", 1020, "proofDate", "2026-10-15"));

        List<ConsumerRecord<String, String>> changes = awaitEvents(family.familyId(),
                FamilyIntegrationEvents.QUOTIENT_CHANGED, 2);
        JsonNode latest = JSON.readTree(changes.get(1).value());
        assertThat(latest.get("quotient").asInt()).isEqualTo(1020);
        assertThat(latest.get("proofDate").asString()).isEqualTo("2026-10-15");
    }

    @Test
    void staffFindFamiliesByNameEmailOrChild() {
        Made family = fixtures().aFamilyWithOneChild();
        String lastName = family.file().at("/guardians/0/lastName").asString();

        JsonNode byName = staff().get("/api/families?q=" + lastName.toUpperCase()).json();
        JsonNode byEmail = staff().get("/api/families?q=" + family.email()).json();

        assertThat(byName.valueStream().map(f -> f.get("id").asString())).containsExactly(family.familyId());
        assertThat(byEmail.valueStream().map(f -> f.get("id").asString())).containsExactly(family.familyId());
        assertThat(byName.get(0).get("name").asString()).isEqualTo("Famille " + lastName);
        assertThat(byName.get(0).get("children").asInt()).isEqualTo(1);
    }

    @Test
    void theEmailOfAGuardianIsTheLoginOfOneFamilyOnly() {
        Made first = fixtures().aFamilyWithOneChild();

        Answer twin = staff().post("/api/families", Map.of("guardian", FamilyFixtures.guardian("Autre", first.email())));

        assertThat(twin.status()).isEqualTo(409);
        assertThat(twin.code()).isEqualTo("email-deja-utilise");
    }

    @Test
    void aFileHoldsAtMostTwoGuardians() {
        Made family = fixtures().aFamilyWithOneChild();
        String second = "second-" + UUID.randomUUID() + "@example.fr";
        Answer added = staff().post("/api/families/" + family.familyId() + "/guardians",
                FamilyFixtures.guardian("Second", second));

        Answer third = staff().post("/api/families/" + family.familyId() + "/guardians",
                FamilyFixtures.guardian("Troisieme", "trois-" + UUID.randomUUID() + "@example.fr"));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("guardians").size()).isEqualTo(2);
        assertThat(third.status()).isEqualTo(422);
        assertThat(third.code()).isEqualTo("deux-responsables-maximum");
        assertThat(staff().get("/api/families/" + family.familyId()).json().get("guardians").size()).isEqualTo(2);
    }

    private static List<ConsumerRecord<String, String>> awaitEvents(String familyId, String type, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> kafka.received(TOPIC, familyId, type).size() >= count);
        return kafka.received(TOPIC, familyId, type);
    }
}
