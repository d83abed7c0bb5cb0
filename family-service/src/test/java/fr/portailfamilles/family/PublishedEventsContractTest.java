package fr.portailfamilles.family;

import static fr.portailfamilles.family.file.FamilyIntegrationEvents.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.family.file.FamilyIntegrationEvents;
import fr.portailfamilles.family.support.FamilyFixtures;
import fr.portailfamilles.family.support.FamilyFixtures.Made;
import fr.portailfamilles.family.support.FamilyServiceIntegration;
import fr.portailfamilles.family.support.JsonSchemaCheck;
import fr.portailfamilles.platform.test.KafkaProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every event family-service publishes follows its schema in contracts/ (payload and CloudEvents headers). */
class PublishedEventsContractTest extends FamilyServiceIntegration {

    static final Set<String> TYPES = Set.of(FamilyIntegrationEvents.FILE_COMPLETED,
            FamilyIntegrationEvents.CHILD_UPDATED, FamilyIntegrationEvents.CHILD_CARE_FLAGS_CHANGED,
            FamilyIntegrationEvents.QUOTIENT_CHANGED,
            FamilyIntegrationEvents.CONTACT_CHANGED, FamilyIntegrationEvents.GUARDIAN_EMAIL_CHANGED,
            FamilyIntegrationEvents.FAMILY_ERASED);

    @Test
    void everyPublishedEventFollowsItsContract() {
        try (KafkaProbe kafka = new KafkaProbe(kafkaBootstrap(), TOPIC)) {
            Made family = aFamilyThroughItsWholeLife();

            await().atMost(Duration.ofSeconds(30)).until(() -> kafka.received(TOPIC, family.familyId()).stream()
                    .map(r -> KafkaProbe.header(r, "ce_type")).collect(Collectors.toSet()).containsAll(TYPES));

            JsonNode headersSchema = JsonSchemaCheck.onClasspath("contracts/schemas/cloudevents-headers.schema.json")
                    .orElseThrow();
            for (ConsumerRecord<String, String> event : kafka.received(TOPIC, family.familyId())) {
                String type = KafkaProbe.header(event, "ce_type");
                JsonNode schema = JsonSchemaCheck.onClasspath("contracts/schemas/family.family.v1/" + type
                        + ".schema.json").orElseThrow(() -> new AssertionError("no schema for " + type));
                assertThat(JsonSchemaCheck.violations(schema, event.value())).as(type + " " + event.value()).isEmpty();
                assertThat(JsonSchemaCheck.violations(headersSchema, headers(event))).as(type).isEmpty();
                assertThat(event.key()).isEqualTo(family.familyId());
            }
        }
    }

    @Test
    void theContractsExamplesFollowTheirOwnSchemas() {
        for (String type : TYPES) {
            JsonNode schema = JsonSchemaCheck.onClasspath("contracts/schemas/family.family.v1/" + type + ".schema.json")
                    .orElseThrow();
            assertThat(schema.get("title").asString()).isEqualTo(type);
            for (JsonNode example : schema.get("examples")) {
                assertThat(JsonSchemaCheck.violations(schema, example.toString())).as(type).isEmpty();
            }
        }
    }

    private Made aFamilyThroughItsWholeLife() {
        Made family = fixtures().aCompleteFamily();
        String path = "/api/families/" + family.familyId();
        staff().put(path + "/children/" + family.childId(), FamilyFixtures.child("Zoé", "2018-04-03"));
        String request = parentOf(family.familyId()).post("/api/families/me/contact-changes", Map.of(
                "address", FamilyFixtures.address("10 rue du Contrat"), "mobilePhone", "0712345678"))
                .json().get("id").asString();
        staff().post("/api/families/contact-changes/" + request + "/approval", null);
        staff().put(path + "/guardians/" + family.guardianId(), FamilyFixtures.guardian(
                family.file().at("/guardians/0/lastName").asString(), "contrat-" + family.email()));
        staff().post(path + "/erasure", null);
        return family;
    }

    private static String headers(ConsumerRecord<String, String> event) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : event.headers()) {
            if (header.key().startsWith("ce_") || header.key().equals("traceparent")) {
                headers.put(header.key(), new String(header.value(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return JsonMapper.builder().build().writeValueAsString(headers);
    }

    static List<String> types() {
        return List.copyOf(TYPES);
    }
}
