package fr.portailfamilles.family.login;

import static fr.portailfamilles.family.file.FamilyIntegrationEvents.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.family.file.FamilyIntegrationEvents;
import fr.portailfamilles.family.support.Api.Answer;
import fr.portailfamilles.family.support.FamilyFixtures;
import fr.portailfamilles.family.support.FamilyFixtures.Made;
import fr.portailfamilles.family.support.FamilyServiceIntegration;
import fr.portailfamilles.platform.test.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The guardian's e-mail and the family's login converge through Kafka, both ways, without looping:
 * a staff change in the file is told once with both addresses; a login change from identity-service is
 * followed once, told once, and an echo of a change already in the file changes and tells nothing.
 */
class GuardianEmailTest extends FamilyServiceIntegration {

    static final String IDENTITY_TOPIC = "identity.account.v1";
    static final String EMAIL_CHANGED = "fr.portailfamilles.identity.email-changed.v1";
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
    void aStaffChangeOfTheEmailIsToldOnceWithBothAddressesAndItsEchoFromIdentityChangesNothing() {
        Made family = fixtures().aCompleteFamily();
        String newEmail = "nouvelle-" + family.email();

        Answer changed = staff().put(guardianPath(family), guardianWith(family, newEmail));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().at("/guardians/0/email").asString()).isEqualTo(newEmail);
        List<JsonNode> told = awaitEmailChanges(family, 1);
        assertThat(told.get(0).get("guardianId").asString()).isEqualTo(family.guardianId());
        assertThat(told.get(0).get("oldEmail").asString()).isEqualTo(family.email());
        assertThat(told.get(0).get("newEmail").asString()).isEqualTo(newEmail);
        assertThat(told.get(0).get("changedAt").asString()).isNotBlank();

        // identity follows and tells its own email-changed: the file has the address already
        String account = "acc-" + family.familyId();
        loginChanged(account, UUID.randomUUID().toString(), family.familyId(), family.email(), newEmail);
        // a later change of the same account (same partition) shows the echo has been consumed
        String third = "troisieme-" + family.email();
        loginChanged(account, UUID.randomUUID().toString(), family.familyId(), newEmail, third);

        awaitGuardianEmail(family, third);
        assertThat(awaitEmailChanges(family, 2)).extracting(e -> e.get("newEmail").asString())
                .containsExactly(newEmail, third);
    }

    @Test
    void aStaffEditKeepingTheEmailTellsNothingAboutIt() {
        Made family = fixtures().aCompleteFamily();
        Map<String, Object> sameEmail = guardianWith(family, family.email());
        sameEmail.put("employer", "Office de tourisme");

        assertThat(staff().put(guardianPath(family), sameEmail).status()).isEqualTo(200);
        staff().put("/api/families/" + family.familyId() + "/quotient", Map.of("value", 701, "proofDate", "2026-10-01"));

        await().atMost(Duration.ofSeconds(30)).until(() -> kafka.received(TOPIC, family.familyId(),
                FamilyIntegrationEvents.QUOTIENT_CHANGED).size() == 2);
        assertThat(kafka.received(TOPIC, family.familyId(), FamilyIntegrationEvents.GUARDIAN_EMAIL_CHANGED)).isEmpty();
    }

    @Test
    void theEmailOfACompleteFileCannotBeErasedAndNothingIsWritten() {
        Made family = fixtures().aCompleteFamily();
        Map<String, Object> withoutEmail = guardianWith(family, null);
        withoutEmail.remove("email");
        withoutEmail.put("employer", "Autre employeur");

        Answer refused = staff().put(guardianPath(family), withoutEmail);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.code()).isEqualTo("email-obligatoire");
        assertThat(refused.detail()).startsWith("L'adresse e-mail d'un responsable ne peut pas être effacée");
        JsonNode file = staff().get("/api/families/" + family.familyId()).json();
        assertThat(file.at("/guardians/0/email").asString()).isEqualTo(family.email());
        assertThat(file.at("/guardians/0/employer").asString()).isEqualTo("Mairie");
    }

    @Test
    void theFileFollowsALoginChangeOnceAndTellsItOnce() {
        Made family = fixtures().aCompleteFamily();
        String account = "acc-" + family.familyId();
        String changed = "changee-" + family.email();
        String eventId = UUID.randomUUID().toString();

        loginChanged(account, eventId, family.familyId(), family.email(), changed);
        loginChanged(account, eventId, family.familyId(), family.email(), changed);

        awaitGuardianEmail(family, changed);
        // back to the first address, then the first report delivered once more: it was applied already
        loginChanged(account, UUID.randomUUID().toString(), family.familyId(), changed, family.email());
        loginChanged(account, eventId, family.familyId(), family.email(), changed);
        String last = "derniere-" + family.email();
        loginChanged(account, UUID.randomUUID().toString(), family.familyId(), family.email(), last);

        awaitGuardianEmail(family, last);
        List<JsonNode> told = awaitEmailChanges(family, 3);
        assertThat(told).extracting(e -> e.get("oldEmail").asString() + " -> " + e.get("newEmail").asString())
                .containsExactly(family.email() + " -> " + changed, changed + " -> " + family.email(),
                        family.email() + " -> " + last);
        assertThat(parentOf(family.familyId()).get("/api/families/me/contact-details").json()
                .at("/guardians/0/email").asString()).isEqualTo(last);
    }

    @Test
    void aLoginChangeToAnotherFamilysEmailOrForAnAddressNotInTheFileIsNotFollowed() {
        Made family = fixtures().aCompleteFamily();
        Made other = fixtures().aCompleteFamily();
        String account = "acc-" + family.familyId();

        loginChanged(account, UUID.randomUUID().toString(), family.familyId(), family.email(), other.email());
        loginChanged(account, UUID.randomUUID().toString(), family.familyId(), "inconnue@example.fr",
                "autre-" + family.email());
        loginChanged(account, UUID.randomUUID().toString(), null, family.email(), "agent-" + family.email());
        String marker = "marqueur-" + family.email();
        loginChanged(account, UUID.randomUUID().toString(), family.familyId(), family.email(), marker);

        awaitGuardianEmail(family, marker);
        assertThat(awaitEmailChanges(family, 1)).extracting(e -> e.get("newEmail").asString()).containsExactly(marker);
        assertThat(staff().get("/api/families/" + other.familyId()).json().at("/guardians/0/email").asString())
                .isEqualTo(other.email());
    }

    private static String guardianPath(Made family) {
        return "/api/families/" + family.familyId() + "/guardians/" + family.guardianId();
    }

    private static Map<String, Object> guardianWith(Made family, String email) {
        Map<String, Object> guardian = new HashMap<>(FamilyFixtures.guardian(
                family.file().at("/guardians/0/lastName").asString(), family.email()));
        guardian.put("email", email);
        return guardian;
    }

    private static void loginChanged(String accountId, String eventId, String familyId, String oldEmail,
            String newEmail) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("accountId", accountId);
        payload.put("familyId", familyId);
        payload.put("oldEmail", oldEmail);
        payload.put("newEmail", newEmail);
        payload.put("changedAt", "2026-12-02T10:05:00Z");
        kafka.send(IDENTITY_TOPIC, accountId, eventId, EMAIL_CHANGED, Instant.now(), JSON.writeValueAsString(payload));
    }

    private void awaitGuardianEmail(Made family, String email) {
        await().atMost(Duration.ofSeconds(30)).until(() -> email.equals(staff().get("/api/families/"
                + family.familyId()).json().at("/guardians/0/email").asString()));
    }

    /** The guardian-email-changed events of the family once there are {@code count}, checking none more came. */
    private static List<JsonNode> awaitEmailChanges(Made family, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> kafka.received(TOPIC, family.familyId(),
                FamilyIntegrationEvents.GUARDIAN_EMAIL_CHANGED).size() >= count);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> kafka.received(TOPIC, 
                family.familyId(), FamilyIntegrationEvents.GUARDIAN_EMAIL_CHANGED).size() == count);
        return kafka.received(TOPIC, family.familyId(), FamilyIntegrationEvents.GUARDIAN_EMAIL_CHANGED).stream()
                .map(r -> JSON.readTree(r.value())).toList();
    }
}
