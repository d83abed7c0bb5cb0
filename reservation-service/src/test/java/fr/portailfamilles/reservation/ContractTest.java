package fr.portailfamilles.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.portailfamilles.platform.test.KafkaProbe;
import fr.portailfamilles.reservation.support.Api;
import fr.portailfamilles.reservation.support.ReservationTestBase;
import fr.portailfamilles.reservation.support.Schemas;
import fr.portailfamilles.reservation.support.Town;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.cloud.stream.binding.BindingsLifecycleController.State;
import tools.jackson.databind.JsonNode;

/**
 * The contracts, both ways: what we read follows its producer's schema (and we read no field it
 * does not define), and every event we publish follows ours, with its CloudEvents headers.
 */
class ContractTest extends ReservationTestBase {

    static final List<String> PUBLISHED = List.of("requested.v1", "confirmed.v1", "waitlisted.v1", "promoted.v1",
            "cancelled.v1", "withdrawn.v1", "refused.v1", "waitlist-moved.v2", "request-settled.v1",
            "attendance-recorded.v1");

    @Autowired
    BindingsLifecycleController bindings;

    @ParameterizedTest(name = "{0} follows {1}")
    @CsvSource({
            "activity-published.json, registration.activity.v1/fr.portailfamilles.registration.activity-published.v1",
            "registration-approved.json, registration.registration.v1/fr.portailfamilles.registration.approved.v1",
            "registration-cancelled.json, registration.registration.v1/fr.portailfamilles.registration.cancelled.v1",
            "invoice-issued.json, billing.invoice.v1/fr.portailfamilles.billing.invoice-issued.v1",
            "child-care-flags-changed.json, family.family.v1/fr.portailfamilles.family.child-care-flags-changed.v1",
            "family-erased.json, family.family.v1/fr.portailfamilles.family.family-erased.v1"})
    void whatWeReadFollowsTheProducersSchema(String sample, String schema) {
        String text = Schemas.text(schema).orElse(null);
        assumeTrue(text != null, "the producer has not published " + schema + " yet");
        String json = Town.sample(sample).replace("{{activityId}}", "aps").replace("{{start}}", "2026-09-01")
                .replace("{{end}}", "2027-07-03").replace("{{closedDay}}", "2026-11-11").replace("{{date}}", "2026-11-02")
                .replace("{{month}}", "2026-11").replace("{{familyId}}", "fam-martin")
                .replace("{{childId}}", "chd-lea-martin").replace("{{pai}}", "true").replace("{{allergy}}", "false")
                .replace("{{diet}}", "true").replace("{{changedAt}}", "2026-11-28T09:00:00Z").replaceAll("\\{\\{[a-zA-Z]+}}", "x-1");
        assertThat(Schemas.violations(text, json)).isEmpty();
    }

    @ParameterizedTest(name = "{0} reads only fields of {1}")
    @CsvSource({
            "fr.portailfamilles.reservation.calendar.ActivityPublished, registration.activity.v1/fr.portailfamilles.registration.activity-published.v1",
            "fr.portailfamilles.reservation.grid.RegistrationMessages$Approved, registration.registration.v1/fr.portailfamilles.registration.approved.v1",
            "fr.portailfamilles.reservation.grid.RegistrationMessages$Cancelled, registration.registration.v1/fr.portailfamilles.registration.cancelled.v1",
            "fr.portailfamilles.reservation.grid.RegistrationMessages$InvoiceIssued, billing.invoice.v1/fr.portailfamilles.billing.invoice-issued.v1",
            "fr.portailfamilles.reservation.attendance.FamilyMessages$ChildCareFlagsChanged, family.family.v1/fr.portailfamilles.family.child-care-flags-changed.v1",
            "fr.portailfamilles.reservation.attendance.FamilyMessages$FamilyErased, family.family.v1/fr.portailfamilles.family.family-erased.v1"})
    void ourRecordsReadOnlyWhatTheProducerDefines(String record, String schema) throws Exception {
        String text = Schemas.text(schema).orElse(null);
        assumeTrue(text != null, "the producer has not published " + schema + " yet");
        Set<String> defined = Set.copyOf(Api.JSON.readTree(text).get("properties").propertyNames());
        Set<String> read = java.util.Arrays.stream(Class.forName(record).getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet());
        assertThat(defined).containsAll(read);
    }

    @Test
    void everyEventWePublishFollowsOurSchemaAndCarriesItsCloudEventsHeaders() {
        List<Town.Child> children = allKindsOfEvents();

        String activityId = children.get(0).activity().id();
        List<ConsumerRecord<String, String>> published = Stream.concat(
                children.stream().flatMap(c -> records(c).stream()),
                kafka.received().stream().filter(r -> r.topic().equals(RESERVATIONS) && r.key().startsWith(activityId + "|")))
                .toList();
        Map<String, Integer> seen = new HashMap<>();
        String headersSchema = Schemas.text("cloudevents-headers").orElse(null);
        for (ConsumerRecord<String, String> record : published) {
            String type = KafkaProbe.header(record, "ce_type");
            String schema = Schemas.text(RESERVATIONS + "/" + type).orElseThrow(() -> new AssertionError("no schema " + type));
            assertThat(Schemas.violations(schema, record.value())).as("%s: %s", type, record.value()).isEmpty();
            if (headersSchema != null) {
                assertThat(Schemas.violations(headersSchema, headers(record))).as("headers of " + type).isEmpty();
            }
            JsonNode payload = Api.JSON.readTree(record.value());
            assertThat(record.key()).as("key of " + type).isEqualTo(type.equals(Topics.WAITLIST_MOVED)
                    ? String.join("|", payload.get("activityId").asString(), payload.get("date").asString(),
                            payload.get("unit").asString())
                    : payload.get("registrationId").asString());
            seen.merge(type.replace(TYPE, ""), 1, Integer::sum);
        }
        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(PUBLISHED);
    }

    @Test
    void theAsyncApiDocumentNamesEveryTypeAndItsSchema() throws Exception {
        Path asyncApi = Path.of("..", "contracts", "asyncapi", "reservation.yaml");
        assumeTrue(Files.exists(asyncApi), "contracts/ is beside the module in the source tree");
        String document = Files.readString(asyncApi);
        for (String type : PUBLISHED) {
            String name = TYPE + type;
            assertThat(document).contains("name: " + name, "../schemas/" + RESERVATIONS + "/" + name + ".schema.json");
            assertThat(Schemas.text(RESERVATIONS + "/" + name)).isPresent();
        }
        assertThat(document).contains("address: reservation.reservation.v1", "address: reservation.allocation.v1");
    }

    /** A small story that makes every kind of event this service publishes. */
    private List<Town.Child> allKindsOfEvents() {
        Town.Activity activity = town.activity();
        town.capacity(activity, "matin", 1);
        List<LocalDate> days = town.bookableDays(activity, 2);
        LocalDate day = days.get(0);
        Town.Child anna = town.register(activity, "Anna");
        Town.Child ben = town.register(activity, "Ben");
        Town.Child chloe = town.register(activity, "Chloé");
        sendAndSettle(anna, reserve(cell(day, "matin")));
        sendAndSettle(ben, reserve(cell(day, "matin")));
        sendAndSettle(chloe, reserve(cell(day, "matin")));
        sendAndSettle(anna, cancel(cell(day, "matin")));
        sendAndSettle(chloe, cancel(cell(day, "matin")));
        // a request in flight while staff close its day: the slot refuses it
        bindings.changeState("allocateReservation-in-0", State.STOPPED);
        String inFlight = send(anna, reserve(cell(days.get(1), "soir")));
        api.post("/api/reservations/admin/activities/" + activity.id() + "/closures", Town.staff(),
                Map.of("date", days.get(1).toString(), "reason", "Grève"));
        bindings.changeState("allocateReservation-in-0", State.STARTED);
        await().atMost(Duration.ofSeconds(30)).until(() -> settled(anna, inFlight) != null);
        Api.Answer present = api.post("/api/reservations/attendance", Town.staff(), Map.of("activityId", activity.id(),
                "date", day.toString(), "unit", "matin", "registrationId", ben.registrationId(), "status", "PRESENT"));
        assertThat(present.status()).as(present.raw()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !events(ben, "attendance-recorded").isEmpty());
        return List.of(anna, ben, chloe);
    }

    private static String headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        for (String name : List.of("ce_id", "ce_type", "ce_source", "ce_time", "ce_specversion", "traceparent")) {
            String value = KafkaProbe.header(record, name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return Api.JSON.writeValueAsString(headers);
    }
}
