package fr.portailfamilles.family.privacy;

import static fr.portailfamilles.family.file.FamilyIntegrationEvents.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.family.dashboard.domain.DashboardEntry;
import fr.portailfamilles.family.file.FamilyIntegrationEvents;
import fr.portailfamilles.family.support.Api;
import fr.portailfamilles.family.support.Api.Answer;
import fr.portailfamilles.family.support.FamilyFixtures.Made;
import fr.portailfamilles.family.support.FamilyServiceIntegration;
import fr.portailfamilles.platform.test.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/** Health notes under least access and audit; the family's export; erasure that every service follows. */
@ExtendWith(OutputCaptureExtension.class)
class PrivacyTest extends FamilyServiceIntegration {

    static KafkaProbe kafka;

    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    static void listen() {
        kafka = new KafkaProbe(kafkaBootstrap(), TOPIC);
    }

    @AfterAll
    static void stopListening() {
        kafka.close();
    }

    @Test
    void staffSeeHealthNotesOnlyThroughTheAuditedReadWhileTheFamilySeesThem() {
        Made family = fixtures().aCompleteFamily();

        JsonNode staffFile = staff().get("/api/families/" + family.familyId()).json();
        JsonNode familyFile = parentOf(family.familyId()).get("/api/families/me").json();

        assertThat(staffFile.at("/children/0/health").isNull()).isTrue();
        assertThat(staffFile.at("/children/0/healthHidden").asBoolean()).isTrue();
        assertThat(staffFile.toString()).doesNotContain("secret-sante");
        assertThat(familyFile.at("/children/0/health/allergies").asString()).isEqualTo("Kiwi (secret-sante)");
        assertThat(familyFile.at("/children/0/health/pai").asBoolean()).isTrue();
    }

    @Test
    void everyStaffReadOfHealthNotesIsRecordedButNotTheFamilysOwn() {
        Made family = fixtures().aCompleteFamily();
        String path = "/api/families/" + family.familyId();

        Answer read = staff().get(path + "/children/" + family.childId() + "/health-notes");
        parentOf(family.familyId()).get(path + "/children/" + family.childId() + "/health-notes");

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().at("/health/allergies").asString()).isEqualTo("Kiwi (secret-sante)");
        JsonNode trail = staff().get(path + "/health-note-reads").json();
        assertThat(trail.size()).isEqualTo(1);
        assertThat(trail.get(0).get("childId").asString()).isEqualTo(family.childId());
        assertThat(trail.get(0).get("readerId").asString()).isEqualTo("agent-1");
        assertThat(trail.get(0).get("readerName").asString()).isEqualTo("agent-1");
        assertThat(Instant.parse(trail.get(0).get("readAt").asString())).isBefore(Instant.now().plusSeconds(1));
        assertThat(parentOf(family.familyId()).get(path + "/health-note-reads").json().size()).isEqualTo(1);
    }

    @Test
    void healthNotesNeverReachTheLogs(CapturedOutput output) {
        Made family = fixtures().aCompleteFamily();
        String path = "/api/families/me/children/" + family.childId();
        String marker = "allergie-" + UUID.randomUUID();

        parentOf(family.familyId()).put(path, Map.of("health", Map.of("allergies", marker), "pickUp",
                Map.of("nobody", true)));
        parentOf(family.familyId()).put(path, Map.of("health", Map.of("allergies", marker, "doctorPhone", "12"),
                "pickUp", Map.of("nobody", true)));
        parentOf(family.familyId()).put(path, Map.of("health", Map.of("allergies", marker + "x".repeat(3000)),
                "pickUp", Map.of("nobody", true)));
        staff().get("/api/families/" + family.familyId() + "/children/" + family.childId() + "/health-notes");

        assertThat(output.getAll()).doesNotContain(marker);
    }

    @Test
    void theFamilyDownloadsEverythingHeldAboutIt() {
        Made family = fixtures().aCompleteFamily();
        Api parent = parentOf(family.familyId());
        parent.post("/api/families/me/contact-changes", Map.of("address", Map.of("street", "6 rue Export",
                "postalCode", "33121", "city", "Carcans"), "mobilePhone", "0711111111"));
        staff().get("/api/families/" + family.familyId() + "/children/" + family.childId() + "/health-notes");

        Answer export = parent.get("/api/families/me/export");

        assertThat(export.status()).isEqualTo(200);
        JsonNode data = export.json();
        assertThat(data.at("/family/id").asString()).isEqualTo(family.familyId());
        assertThat(data.at("/family/guardians/0/email").asString()).isEqualTo(family.email());
        assertThat(data.at("/family/children/0/health/allergies").asString()).isEqualTo("Kiwi (secret-sante)");
        assertThat(data.at("/family/children/0/pickUp/persons/0/firstName").asString()).isEqualTo("Jo");
        assertThat(data.at("/family/quotient/value").asInt()).isEqualTo(640);
        assertThat(data.at("/contactDetails/requests/0/proposed/address/street").asString()).isEqualTo("6 rue Export");
        assertThat(data.at("/requests/0/kind").asString()).isEqualTo("CONTACT_CHANGE");
        assertThat(data.at("/healthNoteReads/0/readerId").asString()).isEqualTo("agent-1");
    }

    @Test
    void theReadableExportIsFrenchHtmlWithEveryValueEscaped() {
        Made family = fixtures().aCompleteFamily();
        Api parent = parentOf(family.familyId());
        parent.put("/api/families/me/children/" + family.childId(), Map.of("school", "<script>alert(1)</script>",
                "health", Map.of("allergies", "Kiwi"), "pickUp", Map.of("nobody", true), "imageConsent", true));

        Answer html = parent.get("/api/families/me/export.html");

        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("<html lang=\"fr\">", "Données conservées sur Famille ", "Responsables légaux",
                "Allergies</dt><dd>Kiwi", "Droit à l&#39;image</dt><dd>Accordé", "Personnes autorisées à venir le "
                        + "chercher</dt><dd>Aucune", "&lt;script&gt;alert(1)&lt;/script&gt;", "2 avril 2018");
        assertThat(html.body()).doesNotContain("<script>");
    }

    @Test
    void erasureAnonymisesTheFamilyTellsTheOtherServicesAndEmptiesItsDashboard() {
        Made family = fixtures().aCompleteFamily();
        String registration = "reg-" + UUID.randomUUID();
        try (KafkaProbe registrations = new KafkaProbe(kafkaBootstrap())) {
            registrations.send("registration.registration.v1", registration, UUID.randomUUID().toString(),
                    "fr.portailfamilles.registration.requested.v1", Instant.now(), """
                            {"registrationId":"%s","familyId":"%s","childId":"%s","childFirstName":"Zoé",
                             "activityId":"act-aps","activityName":"APS","requestedAt":"2026-11-28T08:30:00Z"}"""
                            .formatted(registration, family.familyId(), family.childId()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> parentOf(family.familyId())
                .get("/api/families/me/dashboard").body().contains(registration));

        Answer erased = staff().post("/api/families/" + family.familyId() + "/erasure", null);

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        JsonNode file = staff().get("/api/families/" + family.familyId()).json();
        assertThat(file.get("state").asString()).isEqualTo("ERASED");
        assertThat(file.toString()).doesNotContain(family.email(), "Zoé", "3 rue du Lac", "06 11", "Jo", "640");
        assertThat(staff().get("/api/families/" + family.familyId() + "/children/" + family.childId()
                + "/health-notes").json().at("/health/allergies").isNull()).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> !kafka.received(TOPIC, family.familyId(),
                FamilyIntegrationEvents.FAMILY_ERASED).isEmpty());
        assertThat(kafka.received(TOPIC, family.familyId(), FamilyIntegrationEvents.FAMILY_ERASED).get(0).value())
                .contains("\"familyId\":\"" + family.familyId() + "\"", "\"erasedAt\"");
        assertThat(parentOf(family.familyId()).get("/api/families/me/dashboard").json().isEmpty()).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.count(Query.query(
                Criteria.where("familyId").is(family.familyId())), DashboardEntry.COLLECTION) == 0);
        Answer again = staff().post("/api/families/" + family.familyId() + "/erasure", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("famille-anonymisee");
        assertThat(parentOf(family.familyId()).put("/api/families/me/children/" + family.childId(),
                Map.of("pickUp", Map.of("nobody", true))).status()).isEqualTo(409);
    }
}
