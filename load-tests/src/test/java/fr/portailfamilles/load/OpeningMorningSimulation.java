package fr.portailfamilles.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import fr.portailfamilles.load.OpeningMorningSetup.Participant;
import fr.portailfamilles.load.OpeningMorningSetup.Prepared;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * Opening morning, played through the gateway: the families, signed in beforehand, arrive at the
 * opened month over the ramp; each opens the grid (and its live stream), « Valider » about twenty
 * cells — some one by one, most by a weekly template — and waits until every cell is decided on
 * its open grid; some then cancel a confirmed day, which must promote a waiting family. At the
 * end a last user checks the invariants on the staff's view of every slot: a broken one is a
 * failed request, and the run fails on any failed request (including every 5xx).
 *
 * <p>Run it against a started portal: {@code ./mvnw -pl load-tests gatling:test -Dbench.families=2500}
 * (see docs/performance.md).
 */
public class OpeningMorningSimulation extends Simulation {

    private final OpeningMorningSettings settings = OpeningMorningSettings.fromSystemProperties();
    private final OpeningMorningSetup setup = new OpeningMorningSetup(settings);
    private final Prepared prepared = prepare(setup);
    private final DecisionStreams streams = new DecisionStreams(settings.portalUrl());
    private final Invariants invariants = new Invariants();
    private final AtomicInteger familiesDone = new AtomicInteger();
    private final AtomicLong requestedCells = new AtomicLong();
    private final AtomicLong failedValider = new AtomicLong();
    private final MorningReport report = new MorningReport(settings, prepared, streams, invariants, requestedCells,
            failedValider);

    private final HttpProtocolBuilder gateway = http.baseUrl(settings.portalUrl())
            .acceptHeader("application/json")
            .userAgentHeader("Portail Familles opening-morning benchmark");

    private final String grid = "/api/reservations/registrations/#{registrationId}/grid?month=" + settings.month();
    private final String requests = "/api/reservations/registrations/#{registrationId}/requests";

    private final ScenarioBuilder morning = scenario("Matin d'ouverture des réservations")
            .feed(listFeeder(records(prepared.participants())).queue())
            .exec(http("Ouvrir la grille").get(grid).header("Authorization", "Bearer #{token}")
                    .check(status().is(200)))
            .exec(session -> {
                streams.open(registration(session), session.getString("token"));
                return session;
            })
            .asLongAs(session -> !streams.isOpen(registration(session))).on(pause(Duration.ofMillis(10)))
            .exec(valider("Valider", "#{requestBody}", "reserver"))
            .doIf(session -> session.getBoolean("cancelsOne") && streams.confirmedCell(registration(session)) != null)
            .then(exec(session -> session.set("cancelBody", cancelBody(streams.confirmedCell(registration(session)))))
                    .exec(valider("Annuler un jour réservé", "#{cancelBody}", "annuler")))
            .exec(http("Actualiser").get(grid).header("Authorization", "Bearer #{token}").check(status().is(200)))
            .exec(session -> {
                streams.close(registration(session));
                familiesDone.incrementAndGet();
                return session;
            });

    private final ScenarioBuilder check = scenario("Invariants après le matin")
            .asLongAs(session -> familiesDone.get() < prepared.participants().size()).on(pause(Duration.ofMillis(500)))
            .exec(http("Vérifier les invariants")
                    .get("/api/reservations/admin/activities/" + prepared.activityId() + "/slots?month=" + settings.month())
                    .header("Authorization", "Bearer " + setup.staffToken())
                    .check(status().is(200), bodyString().transform(this::brokenInvariants).is("aucun")));

    {
        setUp(morning.injectOpen(rampUsers(prepared.participants().size()).during(settings.ramp()))
                .andThen(check.injectOpen(atOnceUsers(1))))
                .protocols(gateway)
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        report.started();
    }

    @Override
    public void after() {
        report.finished();
    }

    /**
     * « Valider »: the request, named like the page names it ({@code Idempotency-Key}), then the wait
     * until each of its cells is decided on the open grid.
     */
    private ChainBuilder valider(String name, String body, String keySuffix) {
        return exec(session -> {
            streams.sending(registration(session));
            // what failed before (a grid that did not open) is already counted: from here, whether this one fails
            return session.markAsSucceeded().set("sentAt", System.nanoTime());
        })
                .exec(http(name).post(requests).header("Authorization", "Bearer #{token}")
                        .header("Idempotency-Key", "#{registrationId}-" + keySuffix)
                        .body(StringBody(body)).asJson()
                        .check(status().is(202), jsonPath("$.requestId").saveAs("requestId"),
                                bodyString().saveAs("accepted")))
                .exec(session -> {
                    if (session.isFailed()) {
                        // it stops here: counted as done, so that the invariants are still checked
                        failedValider.incrementAndGet();
                        streams.close(registration(session));
                        familiesDone.incrementAndGet();
                    }
                    return session;
                })
                // a family whose « Valider » failed has no request to wait for (the run fails on the error)
                .exitHereIfFailed()
                .exec(session -> {
                    JsonNode accepted = PortalApi.json(session.getString("accepted"));
                    int cells = 0;
                    for (JsonNode cell : accepted.path("cells")) {
                        String slot = cell.path("date").asString() + "|" + cell.path("unit").asString();
                        if ("RESERVE".equals(cell.path("action").asString())) {
                            invariants.requested(slot);
                            requestedCells.incrementAndGet();
                        } else {
                            invariants.cancelled(slot);
                        }
                        cells++;
                    }
                    streams.accepted(registration(session), session.getString("requestId"), cells);
                    return session;
                })
                // the decisions are timed as they arrive on the stream, not here: this loop only lets
                // the family go on, and checking 10 times a second keeps the load generator's own
                // share of the two cores small
                .asLongAs(session -> !streams.settled(registration(session), session.getString("requestId"))
                        && System.nanoTime() - session.getLong("sentAt") < settings.decisionWait().toNanos())
                .on(pause(Duration.ofMillis(100)));
    }

    private String brokenInvariants(String board) {
        List<String> broken = invariants.violations(PortalApi.json(board), streams, requestedCells.get());
        report.invariants(broken);
        return broken.isEmpty() ? "aucun" : String.join("; ", broken);
    }

    private static String registration(Session session) {
        return session.getString("registrationId");
    }

    private static String cancelBody(String cell) {
        String[] parts = cell.split("\\|");
        return "{\"cancel\":[{\"date\":\"%s\",\"unit\":\"%s\"}]}".formatted(parts[0], parts[1]);
    }

    private static List<Map<String, Object>> records(List<Participant> participants) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (Participant participant : participants) {
            Map<String, Object> record = new HashMap<>();
            record.put("token", participant.token());
            record.put("registrationId", participant.registrationId());
            record.put("requestBody", participant.requestBody());
            record.put("cancelsOne", participant.cancelsOne());
            records.add(record);
        }
        return records;
    }

    private static Prepared prepare(OpeningMorningSetup setup) {
        try {
            return setup.prepare();
        } catch (Exception e) {
            throw new IllegalStateException("The families could not be prepared: " + e.getMessage(), e);
        }
    }
}
