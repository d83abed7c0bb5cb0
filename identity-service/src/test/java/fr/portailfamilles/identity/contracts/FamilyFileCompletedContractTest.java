package fr.portailfamilles.identity.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.portailfamilles.identity.account.opening.FamilyFileCompleted;
import fr.portailfamilles.identity.support.SchemaSubset;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What identity reads of family-service's « dossier complet » event, checked against the producer's schema. */
class FamilyFileCompletedContractTest {

    static final Path PRODUCER_SCHEMA = Path.of("..", "contracts", "schemas", "family.family.v1",
            "fr.portailfamilles.family.file-completed.v1.schema.json");

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void ourRecordHoldsExactlyWhatOurReadSchemaLists() throws Exception {
        Set<String> components = new HashSet<>(Arrays.stream(FamilyFileCompleted.class.getRecordComponents())
                .map(component -> component.getName()).toList());

        assertThat(ourReadSchema().path("properties").propertyNames()).containsExactlyInAnyOrderElementsOf(components);
    }

    @Test
    void theProducerPromisesEverythingWeRead() throws Exception {
        assumeTrue(Files.exists(PRODUCER_SCHEMA), "family-service has not published its schema yet");
        JsonNode producer = json.readTree(Files.readString(PRODUCER_SCHEMA));
        JsonNode ours = ourReadSchema();

        Set<String> producerRequired = new HashSet<>();
        producer.path("required").forEach(name -> producerRequired.add(name.asString()));
        ours.path("required").forEach(name -> assertThat(producerRequired).contains(name.asString()));
        for (String name : ours.path("properties").propertyNames()) {
            JsonNode theirs = producer.path("properties").path(name);
            assertThat(theirs.isMissingNode()).as("producer property " + name).isFalse();
            assertThat(SchemaSubset.typesOf(theirs)).as("type of " + name)
                    .isSubsetOf(SchemaSubset.typesOf(ours.path("properties").path(name)));
        }
    }

    @Test
    void theProducersExamplesAreReadableAndValidForUs() throws Exception {
        assumeTrue(Files.exists(PRODUCER_SCHEMA), "family-service has not published its schema yet");
        JsonNode producer = json.readTree(Files.readString(PRODUCER_SCHEMA));

        assertThat(producer.path("examples")).isNotEmpty();
        for (JsonNode example : producer.path("examples")) {
            assertThat(SchemaSubset.violations(ourReadSchema(), example)).isEmpty();
            FamilyFileCompleted read = json.treeToValue(example, FamilyFileCompleted.class);
            assertThat(read.familyId()).isNotBlank();
            assertThat(read.email()).contains("@");
        }
    }

    private JsonNode ourReadSchema() throws Exception {
        try (InputStream in = getClass().getResourceAsStream(
                "/contracts-read/family.family.v1/fr.portailfamilles.family.file-completed.v1.read.schema.json")) {
            return json.readTree(in);
        }
    }
}
