package fr.portailfamilles.identity.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.portailfamilles.identity.account.opening.GuardianEmailChanged;
import fr.portailfamilles.identity.notification.billing.InvoiceIssued;
import fr.portailfamilles.identity.notification.registration.RegistrationApproved;
import fr.portailfamilles.identity.notification.registration.RegistrationCancelled;
import fr.portailfamilles.identity.notification.registration.RegistrationRejected;
import fr.portailfamilles.identity.notification.registration.RegistrationRequested;
import fr.portailfamilles.identity.notification.reservation.ReservationCancelled;
import fr.portailfamilles.identity.notification.reservation.ReservationPromoted;
import fr.portailfamilles.identity.support.SchemaSubset;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What identity reads of the events it mails parents about — registration, reservation and billing
 * events — and of the family file's change of a guardian's e-mail, checked against each producer's
 * schema under {@code contracts/schemas}.
 */
class ConsumedEventsContractTest {

    static final Path SCHEMAS = Path.of("..", "contracts", "schemas");

    final JsonMapper json = JsonMapper.builder().build();

    /** One event identity reads: its topic and type, and the record it reads it into. */
    record Read(String topic, String type, Class<? extends Record> record) {

        Path producerSchema() {
            return SCHEMAS.resolve(topic).resolve(type + ".schema.json");
        }

        String ourSchema() {
            return "/contracts-read/" + topic + "/" + type + ".read.schema.json";
        }

        @Override
        public String toString() {
            return type;
        }
    }

    static Stream<Read> readEvents() {
        String registrations = "registration.registration.v1";
        String reservations = "reservation.reservation.v1";
        return Stream.of(
                new Read(registrations, "fr.portailfamilles.registration.requested.v1", RegistrationRequested.class),
                new Read(registrations, "fr.portailfamilles.registration.approved.v1", RegistrationApproved.class),
                new Read(registrations, "fr.portailfamilles.registration.rejected.v1", RegistrationRejected.class),
                new Read(registrations, "fr.portailfamilles.registration.cancelled.v1", RegistrationCancelled.class),
                new Read(reservations, "fr.portailfamilles.reservation.promoted.v1", ReservationPromoted.class),
                new Read(reservations, "fr.portailfamilles.reservation.cancelled.v1", ReservationCancelled.class),
                new Read("billing.invoice.v1", "fr.portailfamilles.billing.invoice-issued.v1", InvoiceIssued.class),
                new Read("family.family.v1", "fr.portailfamilles.family.guardian-email-changed.v1",
                        GuardianEmailChanged.class));
    }

    @ParameterizedTest
    @MethodSource("readEvents")
    void ourRecordHoldsExactlyWhatOurReadSchemaLists(Read read) throws Exception {
        Set<String> components = new HashSet<>(Arrays.stream(read.record().getRecordComponents())
                .map(component -> component.getName()).toList());

        assertThat(ourSchema(read).path("properties").propertyNames()).containsExactlyInAnyOrderElementsOf(components);
    }

    @ParameterizedTest
    @MethodSource("readEvents")
    void theProducerPromisesEverythingWeRead(Read read) throws Exception {
        JsonNode producer = producerSchema(read);
        JsonNode ours = ourSchema(read);

        Set<String> producerRequired = new HashSet<>();
        producer.path("required").forEach(name -> producerRequired.add(name.asString()));
        ours.path("required").forEach(name -> assertThat(producerRequired).as("required by the producer")
                .contains(name.asString()));
        for (String name : ours.path("properties").propertyNames()) {
            JsonNode theirs = producer.path("properties").path(name);
            assertThat(theirs.isMissingNode()).as("producer property " + name).isFalse();
            assertThat(SchemaSubset.typesOf(theirs)).as("type of " + name)
                    .isSubsetOf(SchemaSubset.typesOf(ours.path("properties").path(name)));
        }
    }

    @ParameterizedTest
    @MethodSource("readEvents")
    void theProducersExamplesAreReadableAndValidForUs(Read read) throws Exception {
        JsonNode producer = producerSchema(read);
        assumeTrue(producer.path("examples").isArray() && !producer.path("examples").isEmpty(),
                "the producer gives no example of " + read.type());

        for (JsonNode example : producer.path("examples")) {
            assertThat(SchemaSubset.violations(ourSchema(read), example)).isEmpty();
            assertThat(json.treeToValue(example, read.record())).isNotNull();
        }
    }

    @Test
    void theReservationProducerSendsTheDayClosedReasonWeMail() throws Exception {
        JsonNode producer = producerSchema(new Read("reservation.reservation.v1",
                "fr.portailfamilles.reservation.cancelled.v1", ReservationCancelled.class));

        Set<String> reasons = new HashSet<>();
        producer.path("properties").path("reason").path("enum").forEach(reason -> reasons.add(reason.asString()));
        assertThat(reasons).contains(ReservationCancelled.DAY_CLOSED);
    }

    private JsonNode producerSchema(Read read) throws Exception {
        assumeTrue(Files.exists(read.producerSchema()), "the producer has not published " + read.type() + " yet");
        return json.readTree(Files.readString(read.producerSchema()));
    }

    private JsonNode ourSchema(Read read) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(read.ourSchema())) {
            assertThat(in).as(read.ourSchema()).isNotNull();
            return json.readTree(in);
        }
    }
}
