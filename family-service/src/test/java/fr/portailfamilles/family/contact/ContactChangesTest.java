package fr.portailfamilles.family.contact;

import static fr.portailfamilles.family.file.FamilyIntegrationEvents.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.family.file.FamilyIntegrationEvents;
import fr.portailfamilles.family.support.Api;
import fr.portailfamilles.family.support.Api.Answer;
import fr.portailfamilles.family.support.FamilyFixtures;
import fr.portailfamilles.family.support.FamilyFixtures.Made;
import fr.portailfamilles.family.support.FamilyServiceIntegration;
import fr.portailfamilles.platform.test.KafkaProbe;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** « Mes coordonnées »: a change is a request, decided once by staff. */
class ContactChangesTest extends FamilyServiceIntegration {

    static KafkaProbe kafka;

    @BeforeAll
    static void listen() {
        kafka = new KafkaProbe(kafkaBootstrap(), TOPIC);
    }

    @AfterAll
    static void stopListening() {
        kafka.close();
    }

    static Map<String, Object> newDetails(String street) {
        return Map.of("address", FamilyFixtures.address(street), "mobilePhone", "07 11 22 33 44");
    }

    @Test
    void aParentReadsTheirContactDetailsWithTheirEmail() {
        Made family = fixtures().aCompleteFamily();

        JsonNode mine = parentOf(family.familyId()).get("/api/families/me/contact-details").json();

        JsonNode guardian = mine.get("guardians").get(0);
        assertThat(guardian.get("email").asString()).isEqualTo(family.email());
        assertThat(guardian.at("/contact/address/street").asString()).isEqualTo("3 rue du Lac");
        assertThat(guardian.at("/contact/mobilePhone").asString()).isEqualTo("06 11 22 33 44");
        assertThat(mine.get("requests").isEmpty()).isTrue();
    }

    @Test
    void aChangeIsARequestAppliedWhenStaffApproveIt() {
        Made family = fixtures().aCompleteFamily();
        Api parent = parentOf(family.familyId());

        Answer sent = parent.post("/api/families/me/contact-changes", newDetails("9 allée des Dunes"));

        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        String requestId = sent.json().get("id").asString();
        assertThat(requestId).startsWith("ccr-");
        assertThat(sent.json().get("stateLabel").asString()).isEqualTo("En attente de traitement");
        JsonNode pending = parent.get("/api/families/me/contact-details").json();
        assertThat(pending.at("/guardians/0/contact/address/street").asString()).isEqualTo("3 rue du Lac");
        assertThat(pending.at("/requests/0/state").asString()).isEqualTo("PENDING");
        assertThat(pending.at("/requests/0/proposed/address/street").asString()).isEqualTo("9 allée des Dunes");
        assertThat(dashboardLine(parent, requestId).get("stateLabel").asString()).isEqualTo("En attente de traitement");
        assertThat(queueIds("PENDING")).contains(requestId);

        Answer approved = staff().post("/api/families/contact-changes/" + requestId + "/approval", null);

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");
        JsonNode after = parent.get("/api/families/me/contact-details").json();
        assertThat(after.at("/guardians/0/contact/address/street").asString()).isEqualTo("9 allée des Dunes");
        assertThat(after.at("/guardians/0/contact/mobilePhone").asString()).isEqualTo("07 11 22 33 44");
        assertThat(after.at("/guardians/0/email").asString()).isEqualTo(family.email());
        assertThat(dashboardLine(parent, requestId).get("stateLabel").asString()).isEqualTo("Acceptée");
        assertThat(queueIds("PENDING")).doesNotContain(requestId);
        await().atMost(Duration.ofSeconds(30)).until(() -> !kafka.received(TOPIC, family.familyId(),
                FamilyIntegrationEvents.CONTACT_CHANGED).isEmpty());
        JsonNode event = JsonMapper.builder().build().readTree(
                kafka.received(TOPIC, family.familyId(), FamilyIntegrationEvents.CONTACT_CHANGED).get(0).value());
        assertThat(event.get("guardianId").asString()).isEqualTo(family.guardianId());
        assertThat(event.toString()).doesNotContain("Dunes", "07 11");
    }

    @Test
    void staffSeeTheOldestRequestFirstWithTheCurrentDetailsToCompare() {
        Made first = fixtures().aCompleteFamily();
        Made second = fixtures().aCompleteFamily();
        String older = parentOf(first.familyId()).post("/api/families/me/contact-changes", newDetails("1 rue A"))
                .json().get("id").asString();
        String newer = parentOf(second.familyId()).post("/api/families/me/contact-changes", newDetails("2 rue B"))
                .json().get("id").asString();

        JsonNode queue = staff().get("/api/families/contact-changes?state=PENDING").json();

        List<String> ids = queue.valueStream().map(r -> r.get("id").asString()).toList();
        assertThat(ids.indexOf(older)).isNotNegative().isLessThan(ids.indexOf(newer));
        JsonNode line = queue.get(ids.indexOf(older));
        assertThat(line.at("/current/address/street").asString()).isEqualTo("3 rue du Lac");
        assertThat(line.at("/proposed/address/street").asString()).isEqualTo("1 rue A");
        assertThat(line.get("familyId").asString()).isEqualTo(first.familyId());
    }

    @Test
    void aRefusalNeedsAReasonWhichTheFamilySeesAndChangesNothing() {
        Made family = fixtures().aCompleteFamily();
        Api parent = parentOf(family.familyId());
        String requestId = parent.post("/api/families/me/contact-changes", newDetails("5 rue Refus")).json()
                .get("id").asString();

        Answer withoutReason = staff().post("/api/families/contact-changes/" + requestId + "/refusal", Map.of());
        Answer refused = staff().post("/api/families/contact-changes/" + requestId + "/refusal",
                Map.of("reason", "Merci de joindre un justificatif de domicile."));

        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.code()).isEqualTo("donnees-invalides");
        assertThat(withoutReason.json().at("/erreurs/0/message").asString())
                .isEqualTo("Indiquez le motif du refus : la famille le verra.");
        assertThat(refused.status()).isEqualTo(200);
        JsonNode line = dashboardLine(parent, requestId);
        assertThat(line.get("stateLabel").asString()).isEqualTo("Refusée");
        assertThat(line.get("reason").asString()).isEqualTo("Merci de joindre un justificatif de domicile.");
        assertThat(parent.get("/api/families/me/contact-details").json().at("/guardians/0/contact/address/street")
                .asString()).isEqualTo("3 rue du Lac");
        // a later event of the same family proves no contact-changed was queued before it
        staff().put("/api/families/" + family.familyId() + "/quotient", Map.of("value", 700, "proofDate", "2026-10-01"));
        await().atMost(Duration.ofSeconds(30)).until(() -> kafka.received(TOPIC, family.familyId(),
                FamilyIntegrationEvents.QUOTIENT_CHANGED).size() == 2);
        assertThat(kafka.received(TOPIC, family.familyId(), FamilyIntegrationEvents.CONTACT_CHANGED)).isEmpty();
    }

    @Test
    void aRequestIsDecidedOnce() {
        Made family = fixtures().aCompleteFamily();
        String requestId = parentOf(family.familyId()).post("/api/families/me/contact-changes",
                newDetails("7 rue Unique")).json().get("id").asString();
        staff().post("/api/families/contact-changes/" + requestId + "/approval", null);

        Answer again = staff().post("/api/families/contact-changes/" + requestId + "/approval", null);
        Answer refusedAfter = staff().post("/api/families/contact-changes/" + requestId + "/refusal",
                Map.of("reason", "Trop tard"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        assertThat(again.code()).isEqualTo("demande-deja-traitee");
        assertThat(again.detail()).isEqualTo("Cette demande de modification a déjà été acceptée.");
        assertThat(refusedAfter.status()).isEqualTo(409);
        assertThat(staff().get("/api/families/contact-changes?state=APPROVED").json().valueStream()
                .filter(r -> r.get("id").asString().equals(requestId)).findFirst().orElseThrow()
                .get("refusalReason").isNull()).isTrue();
    }

    @Test
    void theEmailIsNotTheFamilysToChange() {
        Made family = fixtures().aCompleteFamily();
        Map<String, Object> withEmail = new HashMap<>(newDetails("8 rue Mail"));
        withEmail.put("email", "nouvelle@example.fr");

        Answer refused = parentOf(family.familyId()).post("/api/families/me/contact-changes", withEmail);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.code()).isEqualTo("email-non-modifiable");
        assertThat(refused.detail()).isEqualTo("L'adresse e-mail ne peut être modifiée que par le service.");
        assertThat(parentOf(family.familyId()).get("/api/families/me/contact-details").json().get("requests")
                .isEmpty()).isTrue();
    }

    @Test
    void aFamilyWithdrawsItsPendingRequestWhichCanNoLongerBeApproved() {
        Made family = fixtures().aCompleteFamily();
        Api parent = parentOf(family.familyId());
        String requestId = parent.post("/api/families/me/contact-changes", newDetails("4 rue Retrait")).json()
                .get("id").asString();

        Answer withdrawn = parent.post("/api/families/me/contact-changes/" + requestId + "/withdrawal", null);
        Answer approval = staff().post("/api/families/contact-changes/" + requestId + "/approval", null);

        assertThat(withdrawn.json().get("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(dashboardLine(parent, requestId).get("stateLabel").asString()).isEqualTo("Annulée");
        assertThat(approval.status()).isEqualTo(409);
        assertThat(approval.detail()).isEqualTo("Cette demande de modification a été annulée par la famille.");
    }

    private List<String> queueIds(String state) {
        return staff().get("/api/families/contact-changes?state=" + state).json().valueStream()
                .map(r -> r.get("id").asString()).toList();
    }

    private static JsonNode dashboardLine(Api parent, String requestId) {
        return parent.get("/api/families/me/dashboard").json().valueStream()
                .filter(l -> l.get("requestId").asString().equals(requestId)).findFirst().orElseThrow();
    }
}
