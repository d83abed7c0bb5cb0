package fr.portailfamilles.family.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.family.dashboard.domain.RequestUpdate;
import fr.portailfamilles.family.support.JsonSchemaCheck;
import fr.portailfamilles.platform.messaging.InboundEvent;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * This service's own records of registration-service's events against the producer's schemas
 * ({@code contracts/schemas/registration.registration.v1/}); until the producer publishes them,
 * against this service's own copy ({@code consumed/registration.registration.v1/}). Every field
 * read must exist in the contract with a compatible type, the fields the dashboard cannot do
 * without must be required, and the contract's examples must project.
 */
class RegistrationContractTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final RegistrationEventMappings MAPPINGS = new RegistrationEventMappings();

    static Stream<Arguments> consumedTypes() {
        return Stream.of(
                Arguments.of(RegistrationEventMappings.REQUESTED, RegistrationEventMappings.RegistrationRequested.class,
                        Set.of("registrationId", "familyId", "requestedAt"), MAPPINGS.registrationRequested(JSON)),
                Arguments.of(RegistrationEventMappings.APPROVED, RegistrationEventMappings.RegistrationApproved.class,
                        Set.of("registrationId", "familyId", "approvedAt"), MAPPINGS.registrationApproved(JSON)),
                Arguments.of(RegistrationEventMappings.REJECTED, RegistrationEventMappings.RegistrationRejected.class,
                        Set.of("registrationId", "familyId", "rejectedAt", "reason"), MAPPINGS.registrationRejected(JSON)),
                Arguments.of(RegistrationEventMappings.CANCELLED, RegistrationEventMappings.RegistrationCancelled.class,
                        Set.of("registrationId", "familyId", "cancelledAt"), MAPPINGS.registrationCancelled(JSON)));
    }

    @ParameterizedTest
    @MethodSource("consumedTypes")
    void whatTheDashboardReadsIsInTheProducersContract(String type, Class<? extends Record> record, Set<String> needed,
            RequestEventMapping mapping) {
        JsonNode schema = producerSchema(type).orElseGet(() -> ownCopy(type));
        JsonNode properties = schema.get("properties");
        List<String> required = schema.path("required").valueStream().map(JsonNode::asString).toList();

        for (RecordComponent field : record.getRecordComponents()) {
            assertThat(properties.has(field.getName())).as("%s.%s in the contract", type, field.getName()).isTrue();
            assertThat(compatible(field.getType(), properties.get(field.getName())))
                    .as("type of %s.%s", type, field.getName()).isTrue();
        }
        assertThat(required).as("required fields of %s", type).containsAll(needed);
        assertThat(schema.path("examples").isEmpty()).as("examples of %s", type).isFalse();
        for (JsonNode example : schema.get("examples")) {
            assertThat(JsonSchemaCheck.violations(schema, example.toString())).isEmpty();
            RequestUpdate update = mapping.read(new InboundEvent("e-1", type, "/portail-familles/registration-service",
                    Instant.parse("2026-11-28T08:30:00Z"), example.get("registrationId").asString(), example.toString(), null));
            assertThat(update.familyId()).isEqualTo(example.get("familyId").asString());
            assertThat(update.requestId()).isEqualTo(example.get("registrationId").asString());
        }
    }

    /** The producer's schema, under either naming of the file. */
    static Optional<JsonNode> producerSchema(String type) {
        String folder = "contracts/schemas/registration.registration.v1/";
        String shortName = type.substring("fr.portailfamilles.registration.".length());
        return JsonSchemaCheck.onClasspath(folder + type + ".schema.json")
                .or(() -> JsonSchemaCheck.onClasspath(folder + shortName + ".schema.json"));
    }

    static JsonNode ownCopy(String type) {
        return JsonSchemaCheck.onClasspath("consumed/registration.registration.v1/" + type + ".schema.json")
                .orElseThrow();
    }

    private static boolean compatible(Class<?> javaType, JsonNode property) {
        String types = property.path("type").toString();
        if (javaType == String.class) {
            return types.contains("string");
        }
        if (javaType == Instant.class) {
            return types.contains("string") && "date-time".equals(property.path("format").asString());
        }
        if (javaType == Boolean.class || javaType == boolean.class) {
            return types.contains("boolean");
        }
        return false;
    }
}
