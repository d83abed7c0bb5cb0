package fr.portailfamilles.registration.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The contract tests can only fail if the check itself sees a broken event. */
class JsonSchemaCheckTest {

    final JsonNode schema = JsonSchemaCheck.read(JsonSchemaCheck.schemaOf("registration.registration.v1",
            "fr.portailfamilles.registration.approved.v1"));

    @Test
    void everySchemaThisServiceOwnsAcceptsItsOwnExamples() throws IOException {
        List<Path> schemas;
        try (Stream<Path> files = Files.walk(JsonSchemaCheck.CONTRACTS.resolve("schemas"))) {
            schemas = files.filter(file -> file.getParent().getFileName().toString().startsWith("registration."))
                    .filter(file -> file.toString().endsWith(".schema.json")).toList();
        }
        assertThat(schemas).hasSize(5);
        for (Path file : schemas) {
            JsonNode owned = JsonSchemaCheck.read(file);
            assertThat(owned.get("examples")).as(file.toString()).isNotEmpty();
            owned.get("examples").valueStream().forEach(example -> assertThat(JsonSchemaCheck.violations(owned, example))
                    .as(file.toString()).isEmpty());
        }
    }

    @Test
    void findsAMissingFieldAWrongTypeAnUnknownFieldAndABadDate() {
        JsonNode broken = JsonSchemaCheck.parse("""
                {"registrationId":"r","familyId":"f","childId":"c","childFirstName":"Léa","activityId":"aps",
                 "activityName":"APS","seasonId":"2026-2027","startDate":"30/11/2026","endDate":"2027-08-31",
                 "approvedAt":"2026-11-30T09:05:40Z","automatic":"non","extra":1}""");

        assertThat(JsonSchemaCheck.violations(schema, broken)).containsExactlyInAnyOrder(
                "$.startDate: 30/11/2026 is not a date", "$.automatic: expected \"boolean\" but was STRING",
                "$.extra: not allowed");
        assertThat(JsonSchemaCheck.violations(schema, JsonSchemaCheck.parse("{}"))).hasSize(11);
    }
}
