package fr.portailfamilles.identity.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.identity.account.domain.AccountOpened;
import fr.portailfamilles.identity.account.domain.EmailChanged;
import fr.portailfamilles.identity.account.events.IdentityEvents;
import fr.portailfamilles.identity.support.SchemaSubset;
import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.platform.outbox.OutboxEvents;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The events identity publishes follow the schemas it owns under contracts/, and the AsyncAPI document names them. */
class IdentityEventsContractTest {

    static final Path CONTRACTS = Path.of("..", "contracts");
    static final Instant AT = Instant.parse("2026-11-28T09:12:44Z");

    final JsonMapper json = JsonMapper.builder().build();
    final IdentityEvents events = eventsFactory();

    @Test
    void accountOpenedFollowsItsSchema() throws Exception {
        OutboxEvent event = events.of(new AccountOpened("acc-1", "fam-martin", "claire.martin@example.fr", AT));

        assertThat(event.type()).isEqualTo("fr.portailfamilles.identity.account-opened.v1");
        assertThat(event.topic()).isEqualTo("identity.account.v1");
        assertThat(event.key()).isEqualTo("acc-1");
        assertThat(SchemaSubset.violations(schemaOf(event.type()), json.readTree(event.payload()))).isEmpty();
    }

    @Test
    void emailChangedFollowsItsSchemaForParentsAndStaff() throws Exception {
        OutboxEvent parent = events.of(new EmailChanged("acc-1", "fam-martin", "a@example.fr", "b@example.fr", AT));
        OutboxEvent staff = events.of(new EmailChanged("acc-2", null, "c@mairie.fr", "d@mairie.fr", AT));

        assertThat(parent.type()).isEqualTo("fr.portailfamilles.identity.email-changed.v1");
        assertThat(SchemaSubset.violations(schemaOf(parent.type()), json.readTree(parent.payload()))).isEmpty();
        assertThat(SchemaSubset.violations(schemaOf(staff.type()), json.readTree(staff.payload()))).isEmpty();
        assertThat(json.readTree(parent.payload()).get("changedAt").asString()).isEqualTo("2026-11-28T09:12:44Z");
    }

    @Test
    void theAsyncApiDocumentDescribesTheTopicAndEveryType() throws Exception {
        String asyncApi = Files.readString(CONTRACTS.resolve("asyncapi/identity.yaml"));

        assertThat(asyncApi).contains("address: " + IdentityEvents.TOPIC, "name: " + IdentityEvents.ACCOUNT_OPENED,
                "name: " + IdentityEvents.EMAIL_CHANGED,
                "identity.account.v1/" + IdentityEvents.ACCOUNT_OPENED + ".schema.json",
                "identity.account.v1/" + IdentityEvents.EMAIL_CHANGED + ".schema.json");
    }

    @Test
    void theSchemasExamplesFollowTheSchemas() throws Exception {
        for (String type : new String[] {IdentityEvents.ACCOUNT_OPENED, IdentityEvents.EMAIL_CHANGED}) {
            JsonNode schema = schemaOf(type);
            assertThat(schema.path("examples")).isNotEmpty();
            schema.path("examples").forEach(example -> assertThat(SchemaSubset.violations(schema, example)).isEmpty());
        }
    }

    private JsonNode schemaOf(String type) throws Exception {
        return json.readTree(Files.readString(
                CONTRACTS.resolve("schemas/identity.account.v1/" + type + ".schema.json")));
    }

    private IdentityEvents eventsFactory() {
        OutboxEvents outboxEvents = new OutboxEvents(JsonMapper.builder().build(), Clock.fixed(AT, ZoneOffset.UTC),
                Tracer.NOOP, Propagator.NOOP);
        return new IdentityEvents(outboxEvents);
    }
}
