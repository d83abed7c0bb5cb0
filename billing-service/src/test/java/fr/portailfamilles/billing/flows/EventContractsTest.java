package fr.portailfamilles.billing.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.portailfamilles.billing.support.BillingTest;
import fr.portailfamilles.billing.support.Events;
import fr.portailfamilles.billing.support.JsonSchemas;
import fr.portailfamilles.billing.support.Scenario;
import fr.portailfamilles.platform.test.KafkaProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contracts, both ways: what billing publishes follows its own schemas in
 * {@code contracts/schemas/billing.invoice.v1}, and the samples of what it reads follow the
 * producers' schemas (checked once a producer has published its schema).
 */
class EventContractsTest extends BillingTest {

    @Test
    void theEventsBillingPublishesFollowItsSchemasAndCarryCloudEventsHeaders() {
        Scenario family = scenario();
        JsonNode invoice = invoicedOctober(family);
        String id = invoice.get("id").asString();
        api.ok(api.post("/api/billing/invoices/" + id + "/offline-payments", staff(),
                "{\"amount\":2.00,\"method\":\"CHEQUE\",\"reference\":\"0012345\"}"));
        api.ok(api.post("/api/billing/invoices/" + id + "/credit-notes", staff(),
                "{\"amount\":1.40,\"reason\":\"Absence justifiée\"}"));

        for (String type : new String[] {"invoice-issued", "payment-received", "credit-note-issued"}) {
            String ceType = "fr.portailfamilles.billing." + type + ".v1";
            ConsumerRecord<String, String> event = awaitEvents(id, ceType, 1).get(0);
            JsonNode schema = JsonSchemas.schema("schemas/billing.invoice.v1/" + ceType + ".schema.json").orElseThrow();
            assertThat(JsonSchemas.violations(schema, event.value())).as(ceType).isEmpty();
            assertThat(JsonSchemas.violations(JsonSchemas.schema("schemas/cloudevents-headers.schema.json")
                    .orElseThrow(), api.json(headers(event)))).as(ceType + " headers").isEmpty();
            assertThat(event.key()).isEqualTo(id);
        }
    }

    @Test
    void theAsyncApiDocumentNamesEveryPublishedTypeAndItsSchema() throws Exception {
        Path asyncApi = Path.of("..", "contracts", "asyncapi", "billing.yaml");
        assumeTrue(Files.exists(asyncApi), "contracts/ is beside the module in the source tree");
        String document = Files.readString(asyncApi);
        assertThat(document).contains("address: billing.invoice.v1", "description: invoiceId");
        for (String type : new String[] {"invoice-issued", "payment-received", "credit-note-issued"}) {
            String schema = "schemas/billing.invoice.v1/fr.portailfamilles.billing." + type + ".v1.schema.json";
            assertThat(document).contains("name: fr.portailfamilles.billing." + type + ".v1", "../" + schema);
            assertThat(JsonSchemas.schema(schema)).isPresent();
        }
    }

    @ParameterizedTest(name = "{0} follows {1}")
    @CsvSource({
            "reservation-confirmed, reservation.reservation.v1/fr.portailfamilles.reservation.confirmed.v1",
            "reservation-promoted, reservation.reservation.v1/fr.portailfamilles.reservation.promoted.v1",
            "reservation-cancelled, reservation.reservation.v1/fr.portailfamilles.reservation.cancelled.v1",
            "reservation-attendance-recorded, reservation.reservation.v1/fr.portailfamilles.reservation.attendance-recorded.v1",
            "family-quotient-changed, family.family.v1/fr.portailfamilles.family.quotient-changed.v1",
            "family-child-updated, family.family.v1/fr.portailfamilles.family.child-updated.v1",
            "family-file-completed, family.family.v1/fr.portailfamilles.family.file-completed.v1",
            "family-family-erased, family.family.v1/fr.portailfamilles.family.family-erased.v1",
            "registration-activity-published, registration.activity.v1/fr.portailfamilles.registration.activity-published.v1"})
    void whatBillingReadsFollowsTheProducersSchema(String sample, String schemaName) {
        Optional<JsonNode> schema = JsonSchemas.schema("schemas/" + schemaName + ".schema.json");
        assumeTrue(schema.isPresent(), "the producer has not published " + schemaName + " yet");
        String json = Events.json(sample, sampleValues());
        assertThat(JsonSchemas.violations(schema.get(), json)).isEmpty();
    }

    private static Map<String, Object> sampleValues() {
        Map<String, Object> values = new HashMap<>(Map.of("requestId", "req-1", "registrationId", "reg-1",
                "familyId", "fam-martin", "childId", "chd-lea-martin", "activityId", "aps", "date", "2026-11-02",
                "unit", "matin", "reason", "DAY_CLOSED", "status", "ABSENT", "justified", true));
        values.putAll(Map.of("unexpected", false, "quotient", 780, "firstName", "Léa", "lastName", "Martin",
                "birthDate", "2019-03-14", "email", "claire.martin@example.fr", "name", "Accueil périscolaire"));
        return values;
    }

    private static String headers(ConsumerRecord<String, String> event) {
        Map<String, String> headers = new HashMap<>();
        for (String name : new String[] {"ce_id", "ce_type", "ce_source", "ce_time", "ce_specversion", "traceparent"}) {
            String value = KafkaProbe.header(event, name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return JsonMapper.builder().build().writeValueAsString(headers);
    }
}
