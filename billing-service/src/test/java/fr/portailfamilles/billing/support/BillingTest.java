package fr.portailfamilles.billing.support;

import static org.awaitility.Awaitility.await;

import fr.portailfamilles.platform.test.KafkaProbe;
import fr.portailfamilles.platform.test.PortailServiceTest;
import fr.portailfamilles.platform.test.SharedInfrastructure;
import fr.portailfamilles.platform.test.TestTokens;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The whole service on the JVM's shared broker and database; every test class extends this with
 * the same configuration, so the module runs one Spring context.
 */
@PortailServiceTest
public abstract class BillingTest {

    public static final String INVOICES_TOPIC = "billing.invoice.v1";
    public static final String RUNS = "/api/billing/invoicing-runs";
    private static KafkaProbe kafka;

    @LocalServerPort
    protected int port;
    @Autowired
    protected MongoTemplate mongo;

    protected Api api;
    protected final TestTokens tokens = SharedInfrastructure.get().tokens();

    @BeforeEach
    void clients() {
        api = new Api(port);
    }

    protected static synchronized KafkaProbe kafka() {
        if (kafka == null) {
            kafka = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrap(), INVOICES_TOPIC);
        }
        return kafka;
    }

    protected String staff() {
        return tokens.staff();
    }

    protected String parentOf(Scenario scenario) {
        return tokens.parent(scenario.familyId);
    }

    /** A fresh family with its own activity, whose tariffs staff created (matin, soir, repas). */
    protected Scenario scenario() {
        Scenario scenario = new Scenario(kafka(), mongo);
        tariff(scenario.activityId, "matin", "Matin", "1.00", "1.40", "1.80", "2.20");
        tariff(scenario.activityId, "soir", "Soir", "1.50", "2.00", "2.60", "3.10");
        tariff(scenario.activityId, "repas", "Repas", "3.20", "3.20", "3.20", "3.20");
        return scenario;
    }

    /** A fresh family whose activity has no tariff yet. */
    protected Scenario scenarioWithoutTariffs() {
        return new Scenario(kafka(), mongo);
    }

    protected JsonNode tariff(String activityId, String unit, String label, String... prices) {
        return api.ok(api.post("/api/billing/tariffs", staff(), """
                {"activityId":"%s","unit":"%s","unitLabel":"%s","validFrom":"2026-01-01","brackets":[
                 {"from":0,"to":600,"price":%s},{"from":601,"to":900,"price":%s},
                 {"from":901,"to":1200,"price":%s},{"from":1201,"price":%s}]}"""
                .formatted(activityId, unit, label, prices[0], prices[1], prices[2], prices[3])));
    }

    /**
     * Invoices the month as staff do: requests its run or, when the month already has one, relaunches it
     * once it is over; then waits for the end of the run and returns it.
     */
    protected JsonNode run(String month) {
        HttpResponse<String> requested = api.post(RUNS, staff(), "{\"month\":\"" + month + "\"}");
        String id = api.ok(requested).get("id").asString();
        if (requested.statusCode() == 200) {
            awaitRunOver(id);
            HttpResponse<String> relaunched = api.post(RUNS + "/" + id + "/relaunch", staff(), "");
            if (relaunched.statusCode() != 409) { // 409: another test relaunched it meanwhile
                api.ok(relaunched);
            }
        }
        return awaitRunOver(id);
    }

    /** Waits until the run is done or failed. */
    protected JsonNode awaitRunOver(String id) {
        JsonNode[] run = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            run[0] = api.ok(api.get(RUNS + "/" + id, staff()));
            return Set.of("DONE", "FAILED").contains(run[0].get("state").asString());
        });
        return run[0];
    }

    /** The family's issued invoices, as staff see them. */
    protected JsonNode invoicesOf(Scenario scenario) {
        return api.ok(api.get("/api/billing/invoices?familyId=" + scenario.familyId, staff()));
    }

    /** A family with a month of October 2026 invoiced: four mornings at QF 780 (4 × 1,40 €) and a meal (3,20 €). */
    protected JsonNode invoicedOctober(Scenario scenario) {
        LocalDate day = LocalDate.of(2026, 10, 5);
        scenario.activityPublished("Accueil périscolaire").quotient(780)
                .child("Léa", "Martin", LocalDate.of(2019, 3, 14))
                .payer("Claire", "Martin", "claire.martin@example.fr")
                .confirmed(day, "matin").confirmed(day.plusDays(1), "matin").confirmed(day.plusDays(2), "matin")
                .confirmed(day.plusDays(3), "matin").confirmed(day.plusDays(2), "repas")
                .applied();
        run("2026-10");
        JsonNode invoices = invoicesOf(scenario);
        if (invoices.size() != 1) {
            throw new AssertionError("Expected one invoice for " + scenario.familyId + ": " + invoices);
        }
        return invoices.get(0);
    }

    protected List<ConsumerRecord<String, String>> awaitEvents(String invoiceId, String type, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> kafka().received(INVOICES_TOPIC, invoiceId, type).size()
                >= count);
        return kafka().received(INVOICES_TOPIC, invoiceId, type);
    }
}
