package fr.portailfamilles.family.login;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.family.support.JsonSchemaCheck;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * This service's record of identity-service's {@code email-changed} against the producer's schema
 * ({@code contracts/schemas/identity.account.v1/}): every field read exists with a compatible type, the
 * ones the file cannot follow without are required, and the contract's examples read.
 */
class IdentityContractTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void whatTheFileReadsOfALoginChangeIsInTheProducersContract() {
        JsonNode schema = JsonSchemaCheck.onClasspath("contracts/schemas/identity.account.v1/"
                + FollowingLoginChanges.EMAIL_CHANGED + ".schema.json").orElseThrow();
        JsonNode properties = schema.get("properties");
        List<String> required = schema.path("required").valueStream().map(JsonNode::asString).toList();

        for (RecordComponent field : LoginChanged.class.getRecordComponents()) {
            assertThat(properties.has(field.getName())).as("%s in the contract", field.getName()).isTrue();
            String types = properties.get(field.getName()).path("type").toString();
            assertThat(types).as("type of %s", field.getName()).contains("string");
            if (field.getType() == Instant.class) {
                assertThat(properties.get(field.getName()).path("format").asString()).isEqualTo("date-time");
            }
        }
        assertThat(required).contains("familyId", "oldEmail", "newEmail");
        assertThat(schema.path("examples").isEmpty()).isFalse();
        for (JsonNode example : schema.get("examples")) {
            assertThat(JsonSchemaCheck.violations(schema, example.toString())).isEmpty();
            LoginChanged read = JSON.treeToValue(example, LoginChanged.class);
            assertThat(read.oldEmail()).contains("@");
            assertThat(read.newEmail()).contains("@");
        }
    }
}
