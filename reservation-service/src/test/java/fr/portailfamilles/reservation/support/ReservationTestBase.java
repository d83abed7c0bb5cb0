package fr.portailfamilles.reservation.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.platform.test.KafkaProbe;
import fr.portailfamilles.platform.test.PortailServiceTest;
import fr.portailfamilles.platform.test.SharedInfrastructure;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What every flow test of the service shares: one Spring context, the town, the API, the broker. */
@PortailServiceTest
public abstract class ReservationTestBase {

    public static final String RESERVATIONS = "reservation.reservation.v1";
    public static final String TYPE = "fr.portailfamilles.reservation.";

    @LocalServerPort
    protected int port;

    protected Api api;
    protected KafkaProbe kafka;
    protected Town town;

    @BeforeEach
    void connect() {
        api = new Api(port);
        kafka = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrap(), RESERVATIONS);
        town = new Town(api, kafka);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    protected static Map<String, String> cell(LocalDate date, String unit) {
        return Map.of("date", date.toString(), "unit", unit);
    }

    protected static Map<String, Object> reserve(Map<?, ?>... cells) {
        return Map.of("reserve", List.of(cells));
    }

    protected static Map<String, Object> cancel(Map<?, ?>... cells) {
        return Map.of("cancel", List.of(cells));
    }

    /** Sends a request that must be accepted, and returns its id. */
    protected String send(Town.Child child, Map<String, ?> request) {
        Api.Answer answer = api.post(child.path() + "/requests", child.token(), request);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(202);
        return answer.body().get("requestId").asString();
    }

    /** Sends a request and waits until every cell of it is decided (its {@code request-settled} event). */
    protected String sendAndSettle(Town.Child child, Map<String, ?> request) {
        String requestId = send(child, request);
        await().atMost(Duration.ofSeconds(30)).until(() -> settled(child, requestId) != null);
        return requestId;
    }

    protected JsonNode settled(Town.Child child, String requestId) {
        return events(child, "request-settled").stream().filter(e -> e.get("requestId").asString().equals(requestId))
                .findFirst().orElse(null);
    }

    /** The payloads of {@code child}'s events of one type (e.g. {@code confirmed}), in publication order. */
    protected List<JsonNode> events(Town.Child child, String type) {
        return records(child).stream().filter(r -> (TYPE + type + ".v1").equals(KafkaProbe.header(r, "ce_type")))
                .map(r -> Api.JSON.readTree(r.value())).toList();
    }

    /** The {@code waitlist-moved.v2} events of the activity's slots published so far (keyed by slot), in their order. */
    protected List<JsonNode> waitlistMoves(String activityId) {
        return kafka.received().stream().filter(r -> r.topic().equals(RESERVATIONS))
                .filter(r -> (TYPE + "waitlist-moved.v2").equals(KafkaProbe.header(r, "ce_type")))
                .map(r -> Api.JSON.readTree(r.value()))
                .filter(event -> event.get("activityId").asString().equals(activityId)).toList();
    }

    /** The moves up a waitlist told of {@code child}'s waits, in their order. */
    protected List<JsonNode> movesOf(Town.Child child) {
        return waitlistMoves(child.activity().id()).stream().flatMap(event -> event.get("moves").valueStream())
                .filter(move -> move.get("registrationId").asString().equals(child.registrationId())).toList();
    }

    protected List<ConsumerRecord<String, String>> records(Town.Child child) {
        return kafka.received(RESERVATIONS, child.registrationId());
    }

    protected JsonNode grid(Town.Child child, LocalDate month) {
        Api.Answer answer = api.get(child.path() + "/grid?month=" + month.toString().substring(0, 7), child.token());
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.body();
    }

    protected JsonNode cellOf(Town.Child child, LocalDate date, String unit) {
        JsonNode grid = grid(child, date);
        for (JsonNode row : grid.get("rows")) {
            for (JsonNode line : row.get("units")) {
                if (line.get("code").asString().equals(unit)) {
                    for (JsonNode cell : line.get("cells")) {
                        if (cell.get("date").asString().equals(date.toString())) {
                            return cell;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no cell " + unit + " " + date + " in " + grid);
    }

    protected String stateOf(Town.Child child, LocalDate date, String unit) {
        return cellOf(child, date, unit).get("state").asString();
    }
}
