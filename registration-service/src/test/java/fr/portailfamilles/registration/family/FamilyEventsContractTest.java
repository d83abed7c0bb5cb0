package fr.portailfamilles.registration.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.portailfamilles.registration.support.JsonSchemaCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * This service's own records of family-service's events against the producer's schemas: a sample
 * of each record must be a valid event, and every field the record reads must be one the
 * producer declares as required (so it is always sent).
 */
class FamilyEventsContractTest {

    static final String TOPIC = FamilyEventsV1.TOPIC;

    @Test
    void fileCompletedMatchesTheProducersSchema() {
        check(FamilyEventsV1.FILE_COMPLETED, new FamilyEventsV1.FileCompleted("fam-martin", "claire.martin@example.fr",
                "Claire", "Martin", Instant.parse("2026-11-28T08:30:00Z")));
    }

    @Test
    void childUpdatedMatchesTheProducersSchema() {
        check(FamilyEventsV1.CHILD_UPDATED, new FamilyEventsV1.ChildUpdated("fam-martin", "chd-lea-martin", "Léa",
                "Martin", LocalDate.of(2019, 3, 14), "École des Pins", "CE1", Instant.parse("2026-11-28T08:30:00Z")));
    }

    @Test
    void familyErasedMatchesTheProducersSchema() {
        check(FamilyEventsV1.FAMILY_ERASED, new FamilyEventsV1.FamilyErased("fam-petit",
                Instant.parse("2026-11-28T08:30:00Z")));
    }

    private static void check(String type, Object sample) {
        Path schemaFile = JsonSchemaCheck.schemaOf(TOPIC, type);
        assumeTrue(Files.exists(schemaFile), "family-service has not published the schema of " + type + " yet");
        JsonNode schema = JsonSchemaCheck.read(schemaFile);
        JsonNode json = JsonSchemaCheck.toJson(sample);

        assertThat(JsonSchemaCheck.violations(schema, json)).as(type).isEmpty();
        assertThat(schema.get("required").valueStream().map(JsonNode::asString).toList()).as(type)
                .containsAll(json.propertyNames());
    }
}
