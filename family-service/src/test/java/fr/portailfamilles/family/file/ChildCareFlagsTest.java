package fr.portailfamilles.family.file;

import static fr.portailfamilles.family.file.FamilyIntegrationEvents.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.family.support.Api.Answer;
import fr.portailfamilles.family.support.FamilyFixtures.Made;
import fr.portailfamilles.family.support.FamilyServiceIntegration;
import fr.portailfamilles.platform.test.KafkaProbe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The attendance list's markers (« PAI », « Allergie », « Régime ») leave as three booleans when
 * a child is added and when one of them changes; the health notes themselves never do.
 */
class ChildCareFlagsTest extends FamilyServiceIntegration {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String FLAGS = FamilyIntegrationEvents.CHILD_CARE_FLAGS_CHANGED;

    @Test
    void aNewChildsFlagsArePublishedWithoutItsHealthNotes() {
        try (KafkaProbe kafka = new KafkaProbe(kafkaBootstrap(), TOPIC)) {
            Made family = fixtures().aFamilyWithOneChild();

            ConsumerRecord<String, String> created = awaitFlags(kafka, family.familyId(), 1).get(0);

            assertThat(created.key()).isEqualTo(family.familyId());
            assertThat(KafkaProbe.header(created, "ce_source")).isEqualTo("/portail-familles/family-service");
            JsonNode payload = JSON.readTree(created.value());
            assertThat(payload.propertyNames()).containsExactlyInAnyOrder("familyId", "childId", "hasPai",
                    "hasAllergy", "hasDiet", "changedAt");
            assertThat(payload.get("childId").asString()).isEqualTo(family.childId());
            assertThat(payload.get("hasPai").asBoolean()).isTrue();
            assertThat(payload.get("hasAllergy").asBoolean()).isTrue();
            assertThat(payload.get("hasDiet").asBoolean()).isTrue();
            assertThat(kafka.received(TOPIC, family.familyId())).allSatisfy(event -> assertThat(event.value())
                    .doesNotContain("Kiwi", "secret-sante", "Végétarien", "Oncle"));
        }
    }

    @Test
    void theFamilyChangingItsChildsCareNotesPublishesTheFlagsOnlyWhenOneOfThemChanges() {
        try (KafkaProbe kafka = new KafkaProbe(kafkaBootstrap(), TOPIC)) {
            Made family = fixtures().aCompleteFamily();
            String path = "/api/families/me/children/" + family.childId();
            awaitFlags(kafka, family.familyId(), 1);

            change(family, path, Map.of("allergies", "Pollen (detail-prive)"));
            change(family, path, Map.of("allergies", "Pollen et acariens (detail-prive)"));
            change(family, path, Map.of("allergies", "Pollen et acariens (detail-prive)", "diet", "Sans porc"));

            List<ConsumerRecord<String, String>> flags = awaitFlags(kafka, family.familyId(), 3);
            JsonNode noPaiNorDiet = JSON.readTree(flags.get(1).value());
            assertThat(noPaiNorDiet.get("hasPai").asBoolean()).isFalse();
            assertThat(noPaiNorDiet.get("hasAllergy").asBoolean()).isTrue();
            assertThat(noPaiNorDiet.get("hasDiet").asBoolean()).isFalse();
            JsonNode withDiet = JSON.readTree(flags.get(2).value());
            assertThat(withDiet.get("hasDiet").asBoolean()).as("the allergy's new wording alone told nothing")
                    .isTrue();
            assertThat(flags).hasSize(3);
            assertThat(kafka.received(TOPIC, family.familyId())).allSatisfy(event -> assertThat(event.value())
                    .doesNotContain("Pollen", "detail-prive", "Sans porc"));
        }
    }

    private void change(Made family, String path, Map<String, Object> health) {
        Answer changed = parentOf(family.familyId()).put(path, Map.of("school", "École des Pins", "schoolClass", "CE2",
                "health", health, "pickUp", Map.of("nobody", true)));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    private static List<ConsumerRecord<String, String>> awaitFlags(KafkaProbe kafka, String familyId, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> kafka.received(TOPIC, familyId, FLAGS).size() >= count);
        return kafka.received(TOPIC, familyId, FLAGS);
    }
}
