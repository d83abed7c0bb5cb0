package fr.portailfamilles.registration.family;

import static fr.portailfamilles.registration.support.FamilyFixtures.BORN_2018;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.registration.support.Api;
import fr.portailfamilles.registration.support.FamilyFixtures;
import fr.portailfamilles.registration.support.ServiceTestSupport;
import java.time.Duration;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The copy of families this service keeps, learnt from family-service's events on the embedded broker. */
class FamilyCopyFlowTest extends ServiceTestSupport {

    @Test
    void learnsAChildAndACompletedFileFromFamilyEvents() {
        String familyId = FamilyFixtures.newFamilyId();
        String childId = families.aCompleteFamilyWithAChild(familyId, "Léa", BORN_2018);

        Document child = families.knownChild(childId);
        assertThat(child.getString("familyId")).isEqualTo(familyId);
        assertThat(child.getString("firstName")).isEqualTo("Léa");
        assertThat(child.getString("birthDate")).isEqualTo("2018-05-10");
        assertThat(child.getString("schoolClass")).isEqualTo("CE2");
        assertThat(families.familyFile(familyId).getString("email")).isEqualTo("claire.martin@example.fr");

        JsonNode mine = api.get("/api/registrations/me", tokens.parent(familyId)).body();
        assertThat(mine.get("fileComplete").asBoolean()).isTrue();
        assertThat(mine.get("children")).hasSize(1);
        assertThat(mine.at("/children/0/firstName").asString()).isEqualTo("Léa");
        assertThat(mine.at("/children/0/birthDate").asString()).isEqualTo("2018-05-10");
    }

    @Test
    void aChildKnownBeforeTheFileIsCompleteCannotBeRegisteredYet() {
        String familyId = FamilyFixtures.newFamilyId();
        families.child(familyId, "Jules", BORN_2018);

        JsonNode mine = api.get("/api/registrations/me", tokens.parent(familyId)).body();
        assertThat(mine.get("fileComplete").asBoolean()).isFalse();
        assertThat(mine.at("/children/0/firstName").asString()).isEqualTo("Jules");
    }

    @Test
    void aRedeliveredFamilyEventChangesNothing() {
        String familyId = FamilyFixtures.newFamilyId();
        String childId = "chd-" + UUID.randomUUID();
        String firstDelivery = UUID.randomUUID().toString();
        families.childUpdated(firstDelivery, familyId, childId, "Léa", BORN_2018);
        families.awaitChild(childId);
        families.childUpdated(UUID.randomUUID().toString(), familyId, childId, "Léana", BORN_2018);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "Léana".equals(families.knownChild(childId).getString("firstName")));

        families.childUpdated(firstDelivery, familyId, childId, "Léa", BORN_2018);
        // a later event of the same family (same partition) proves the redelivery was consumed
        String sibling = families.child(familyId, "Marius", BORN_2018);

        assertThat(families.knownChild(sibling)).isNotNull();
        Document child = families.knownChild(childId);
        assertThat(child.getString("firstName")).isEqualTo("Léana");
        assertThat(child.getList("appliedEvents", String.class)).containsOnlyOnce(firstDelivery);
    }

    @Test
    void aRedeliveredFileCompletionChangesNothing() {
        String familyId = FamilyFixtures.newFamilyId();
        String completion = UUID.randomUUID().toString();
        families.fileCompleted(completion, familyId);
        families.awaitCompleteFile(familyId);
        families.fileCompleted(completion, familyId);
        families.child(familyId, "Marius", BORN_2018);

        assertThat(families.familyFile(familyId).getList("appliedEvents", String.class)).containsExactly(completion);
    }

    @Test
    void ignoresFamilyEventsItHasNoUseFor() {
        String familyId = FamilyFixtures.newFamilyId();
        kafka.send(FamilyFixtures.TOPIC, familyId, UUID.randomUUID().toString(),
                "fr.portailfamilles.family.quotient-changed.v1",
                "{\"familyId\":\"" + familyId + "\",\"quotient\":780,\"proofDate\":\"2026-09-01\","
                        + "\"changedAt\":\"2026-11-28T08:30:00Z\"}");
        families.child(familyId, "Marius", BORN_2018);

        assertThat(families.familyFile(familyId)).isNull();
    }

    @Test
    void anErasedFamilyIsForgottenAndItsRegistrationsClose() {
        String familyId = FamilyFixtures.newFamilyId();
        String childId = families.aCompleteFamilyWithAChild(familyId, "Léa", BORN_2018);
        Api.Answer sent = request(familyId, childId, "alsh-mercredis");
        String registrationId = sent.body().get("id").asString();
        api.post("/api/registrations/" + registrationId + "/approval", tokens.staff(), null);

        families.familyErased(familyId);

        await().atMost(Duration.ofSeconds(30)).until(() -> "ANNULEE".equals(state(registrationId)));
        await().atMost(Duration.ofSeconds(30)).until(() -> !kafka.received(REGISTRATIONS_TOPIC, registrationId,
                "fr.portailfamilles.registration.cancelled.v1").isEmpty());
        assertThat(families.knownChild(childId)).isNull();
        Document file = families.familyFile(familyId);
        assertThat(file.getBoolean("erased")).isTrue();
        assertThat(file.containsKey("email")).isFalse();
        JsonNode registration = api.get("/api/registrations/" + registrationId, tokens.staff()).body();
        assertThat(registration.get("childFirstName").isNull()).isTrue();
    }
}
