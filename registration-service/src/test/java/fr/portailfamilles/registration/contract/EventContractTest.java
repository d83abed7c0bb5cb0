package fr.portailfamilles.registration.contract;

import static fr.portailfamilles.registration.support.FamilyFixtures.BORN_2018;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.platform.test.KafkaProbe;
import fr.portailfamilles.registration.support.FamilyFixtures;
import fr.portailfamilles.registration.support.JsonSchemaCheck;
import fr.portailfamilles.registration.support.ServiceTestSupport;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What this service publishes matches the contract it owns in {@code contracts/}: every event
 * actually sent on the broker is checked against its JSON Schema, headers included.
 */
class EventContractTest extends ServiceTestSupport {

    @Test
    void registrationEventsFollowTheirSchemas() {
        String familyId = FamilyFixtures.newFamilyId();
        String childId = families.aCompleteFamilyWithAChild(familyId, "Léa", BORN_2018);
        String approved = request(familyId, childId, "aps").body().get("id").asString();
        api.post("/api/registrations/" + approved + "/approval", tokens.staff(), null);
        String refused = request(familyId, childId, "alsh-mercredis").body().get("id").asString();
        api.post("/api/registrations/" + refused + "/refusal", tokens.staff(), Map.of("reason", "Complet"));
        String cancelled = request(familyId, childId, "alsh-vacances").body().get("id").asString();
        api.post("/api/registrations/" + cancelled + "/cancellation", tokens.parent(familyId), null);

        checkAgainstSchema(REGISTRATIONS_TOPIC, approved, "fr.portailfamilles.registration.requested.v1");
        checkAgainstSchema(REGISTRATIONS_TOPIC, approved, "fr.portailfamilles.registration.approved.v1");
        checkAgainstSchema(REGISTRATIONS_TOPIC, refused, "fr.portailfamilles.registration.rejected.v1");
        checkAgainstSchema(REGISTRATIONS_TOPIC, cancelled, "fr.portailfamilles.registration.cancelled.v1");
    }

    @Test
    void theActivityScheduleFollowsItsSchema() {
        for (String activity : List.of("aps", "alsh-mercredis", "alsh-vacances", "ado-minos")) {
            checkAgainstSchema(ACTIVITIES_TOPIC, activity, "fr.portailfamilles.registration.activity-published.v1");
        }
    }

    @Test
    void theAsyncApiDocumentNamesEveryEventAndItsSchema() throws Exception {
        String asyncApi = Files.readString(JsonSchemaCheck.CONTRACTS.resolve("asyncapi/registration.yaml"));
        for (String type : List.of("requested", "approved", "rejected", "cancelled")) {
            String name = "fr.portailfamilles.registration." + type + ".v1";
            assertThat(asyncApi).contains("name: " + name)
                    .contains("schemas/registration.registration.v1/" + name + ".schema.json");
            assertThat(JsonSchemaCheck.schemaOf(REGISTRATIONS_TOPIC, name)).exists();
        }
        assertThat(asyncApi).contains("address: registration.registration.v1", "address: registration.activity.v1",
                "schemas/registration.activity.v1/fr.portailfamilles.registration.activity-published.v1.schema.json");
    }

    private void checkAgainstSchema(String topic, String key, String type) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !kafka.received(topic, key, type).isEmpty());
        ConsumerRecord<String, String> event = kafka.received(topic, key, type).get(0);
        JsonNode schema = JsonSchemaCheck.read(JsonSchemaCheck.schemaOf(topic, type));
        assertThat(JsonSchemaCheck.violations(schema, JsonSchemaCheck.parse(event.value())))
                .as(type + " " + event.value()).isEmpty();
        JsonNode headers = JsonSchemaCheck.toJson(Map.of(
                "ce_id", header(event, "ce_id"), "ce_type", header(event, "ce_type"),
                "ce_source", header(event, "ce_source"), "ce_time", header(event, "ce_time"),
                "ce_specversion", header(event, "ce_specversion")));
        assertThat(JsonSchemaCheck.violations(JsonSchemaCheck.read(JsonSchemaCheck.CONTRACTS
                .resolve("schemas/cloudevents-headers.schema.json")), headers)).as(type + " headers").isEmpty();
    }

    private static String header(ConsumerRecord<String, String> event, String name) {
        return KafkaProbe.header(event, name);
    }
}
