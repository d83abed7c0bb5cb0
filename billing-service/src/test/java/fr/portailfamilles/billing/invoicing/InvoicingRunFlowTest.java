package fr.portailfamilles.billing.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.billing.support.BillingTest;
import fr.portailfamilles.billing.support.Scenario;
import fr.portailfamilles.billing.usage.UsageLedger;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * The month's run requested over HTTP and executed in the background: answered at once, followed
 * to its end, never run twice for one request, taken up again after a crash, and refused when the
 * month cannot be invoiced.
 */
class InvoicingRunFlowTest extends BillingTest {

    static final String ISSUED = "fr.portailfamilles.billing.invoice-issued.v1";

    @Autowired
    MonthlyInvoicing invoicing;
    @Autowired
    InvoicingWorker worker;
    @Autowired
    InvoicingRuns runs;
    @Autowired
    UsageLedger usage;
    @Autowired
    Clock clock;

    @Test
    void isAcceptedAtOnceThenRunsInTheBackgroundToItsEnd() {
        Scenario first = scenario().quotient(500);
        first.confirmed(LocalDate.of(2026, 3, 2), "matin").confirmed(LocalDate.of(2026, 3, 3), "matin").applied();
        Scenario second = scenario().quotient(950);
        second.confirmed(LocalDate.of(2026, 3, 4), "soir").applied();

        HttpResponse<String> requested = api.post(RUNS, staff(), "{\"month\":\"2026-03\"}");

        assertThat(requested.statusCode()).isEqualTo(202);
        assertThat(requested.headers().firstValue("Location")).hasValue(RUNS + "/enfance-jeunesse-2026-03");
        JsonNode accepted = api.json(requested);
        assertThat(accepted.get("state").asString()).isEqualTo("REQUESTED");
        assertThat(accepted.get("stateLabel").asString()).isEqualTo("Demandée");
        assertThat(accepted.get("monthLabel").asString()).isEqualTo("mars 2026");
        assertThat(accepted.get("requestedAt").isNull()).isFalse();
        assertThat(accepted.get("startedAt").isNull()).isTrue();

        JsonNode done = awaitRunOver("enfance-jeunesse-2026-03");

        assertThat(done.get("stateLabel").asString()).isEqualTo("Terminée");
        assertThat(done.get("familiesTotal").asInt()).isEqualTo(2);
        assertThat(done.get("familiesDone").asInt()).isEqualTo(2);
        assertThat(done.get("invoicesIssued").asInt()).isEqualTo(2);
        assertThat(done.get("familiesSkipped").asInt()).isZero();
        assertThat(done.get("passes").asInt()).isEqualTo(1);
        Instant requestedAt = Instant.parse(done.get("requestedAt").asString());
        Instant startedAt = Instant.parse(done.get("startedAt").asString());
        Instant finishedAt = Instant.parse(done.get("finishedAt").asString());
        assertThat(startedAt).isAfterOrEqualTo(requestedAt);
        assertThat(finishedAt).isAfterOrEqualTo(startedAt);
        assertThat(invoicesOf(first).get(0).get("total").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(invoicesOf(second).get(0).get("total").decimalValue()).isEqualByComparingTo("2.60");
        JsonNode listed = api.ok(api.get(RUNS, staff()));
        assertThat(listed.toString()).contains("enfance-jeunesse-2026-03");
    }

    @Test
    void aSecondRequestOfTheMonthGivesItsRunAndInvoicesNothingMore() {
        Scenario family = scenario().quotient(700);
        family.confirmed(LocalDate.of(2026, 5, 4), "matin").applied();
        assertThat(api.post(RUNS, staff(), "{\"month\":\"2026-05\"}").statusCode()).isEqualTo(202);
        JsonNode done = awaitRunOver("enfance-jeunesse-2026-05");
        String invoiceId = invoicesOf(family).get(0).get("id").asString();
        family.confirmed(LocalDate.of(2026, 5, 5), "matin").applied();

        HttpResponse<String> again = api.post(RUNS, staff(), "{\"month\":\"2026-05\"}");

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Location")).hasValue(RUNS + "/enfance-jeunesse-2026-05");
        assertThat(api.json(again).get("id").asString()).isEqualTo(done.get("id").asString());
        assertThat(api.json(again).get("state").asString()).isEqualTo("DONE");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() ->
                api.ok(api.get(RUNS + "/enfance-jeunesse-2026-05", staff())).get("passes").asInt() == 1
                        && kafka().received(INVOICES_TOPIC, invoiceId, ISSUED).size() == 1);
        assertThat(invoicesOf(family)).hasSize(1);
        assertThat(invoicesOf(family).get(0).get("total").decimalValue()).isEqualByComparingTo("1.40");
        assertThat(mongo.count(Query.query(Criteria.where("month").is("2026-05")), InvoicingRun.COLLECTION))
                .isEqualTo(1);
    }

    @Test
    void aRunLeftRunningByACrashedInstanceIsTakenUpAtStartAndFinishedOnce() {
        YearMonth april = YearMonth.of(2026, 4);
        Scenario invoicedBeforeTheCrash = scenario().quotient(500);
        invoicedBeforeTheCrash.confirmed(LocalDate.of(2026, 4, 6), "matin").applied();
        Scenario notYetInvoiced = scenario().quotient(1300);
        notYetInvoiced.confirmed(LocalDate.of(2026, 4, 7), "soir").applied();
        // the crashed instance had invoiced the first family, then died holding the run
        invoicing.invoiceFamily(invoicedBeforeTheCrash.familyId, april,
                usage.ofFamilyAndMonth(invoicedBeforeTheCrash.familyId, april));
        JsonNode before = invoicesOf(invoicedBeforeTheCrash).get(0);
        Instant crashAt = clock.instant().minus(Duration.ofMinutes(10));
        InvoicingRun crashed = InvoicingRun.requested("enfance-jeunesse", april, "Agent", crashAt);
        crashed.start("instance-arretee", crashAt, Duration.ofSeconds(30));
        assertThat(runs.create(crashed)).isTrue();

        worker.resumeOnStart(); // what a restarted instance does once it is ready

        JsonNode done = awaitRunOver("enfance-jeunesse-2026-04");
        assertThat(done.get("state").asString()).isEqualTo("DONE");
        assertThat(done.get("passes").asInt()).isEqualTo(2);
        assertThat(done.get("invoicesIssued").asInt()).isEqualTo(2);
        assertThat(done.get("familiesDone").asInt()).isEqualTo(2);
        JsonNode after = invoicesOf(invoicedBeforeTheCrash);
        assertThat(after).hasSize(1);
        assertThat(after.get(0).get("number").asString()).isEqualTo(before.get("number").asString());
        assertThat(invoicesOf(notYetInvoiced)).hasSize(1);
        assertThat(invoicesOf(notYetInvoiced).get(0).get("total").decimalValue()).isEqualByComparingTo("3.10");
        String firstId = before.get("id").asString();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> kafka().received(INVOICES_TOPIC, firstId, ISSUED).size() == 1);
    }

    @Test
    void aRunHeldByALiveWorkerIsLeftToItAndCannotBeRelaunched() {
        YearMonth june = YearMonth.of(2026, 6);
        InvoicingRun held = InvoicingRun.requested("enfance-jeunesse", june, "Agent", clock.instant());
        held.start("instance-vivante", clock.instant(), Duration.ofHours(1));
        runs.create(held);
        try {
            worker.resumeOnStart();

            HttpResponse<String> again = api.post(RUNS, staff(), "{\"month\":\"2026-06\"}");
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(api.json(again).get("stateLabel").asString()).isEqualTo("En cours");
            HttpResponse<String> relaunch = api.post(RUNS + "/enfance-jeunesse-2026-06/relaunch", staff(), "");
            assertThat(relaunch.statusCode()).isEqualTo(409);
            assertThat(relaunch.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(api.json(relaunch).get("code").asString()).isEqualTo("emission-en-cours");
            assertThat(api.json(relaunch).get("detail").asString()).contains("juin 2026", "déjà en cours");
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() ->
                    "instance-vivante".equals(runs.found(held.id()).worker())
                            && runs.found(held.id()).passes() == 1);
        } finally {
            mongo.remove(Query.query(Criteria.where("_id").is(held.id())), InvoicingRun.COLLECTION);
        }
    }

    @Test
    void anUnexpectedErrorEndsTheRunFailedWithItsReasonAndARelaunchFinishesIt() {
        Scenario family = scenario().quotient(500);
        family.confirmed(LocalDate.of(2026, 7, 6), "matin").applied();
        String usageId = Scenario.class.getSimpleName() + "-" + family.familyId;
        mongo.insert(new Document("_id", usageId).append("registrationId", family.registrationId)
                .append("familyId", family.familyId).append("childId", family.childId)
                .append("activityId", family.activityId).append("unit", "matin").append("month", "2026-07")
                .append("reservation", "CONFIRMED"), "usage"); // a billed day without its date

        assertThat(api.post(RUNS, staff(), "{\"month\":\"2026-07\"}").statusCode()).isEqualTo(202);

        JsonNode failed = awaitRunOver("enfance-jeunesse-2026-07");
        assertThat(failed.get("state").asString()).isEqualTo("FAILED");
        assertThat(failed.get("stateLabel").asString()).isEqualTo("Échouée");
        assertThat(failed.get("failureReason").asString()).contains("Erreur technique", "relancez le mois");
        assertThat(failed.get("finishedAt").isNull()).isFalse();
        assertThat(invoicesOf(family)).isEmpty();

        mongo.remove(Query.query(Criteria.where("_id").is(usageId)), "usage");
        HttpResponse<String> relaunched = api.post(RUNS + "/enfance-jeunesse-2026-07/relaunch", staff(), "");

        assertThat(relaunched.statusCode()).isEqualTo(202);
        assertThat(relaunched.headers().firstValue("Location")).hasValue(RUNS + "/enfance-jeunesse-2026-07");
        JsonNode done = awaitRunOver("enfance-jeunesse-2026-07");
        assertThat(done.get("state").asString()).isEqualTo("DONE");
        assertThat(done.get("failureReason").isNull()).isTrue();
        assertThat(done.get("invoicesIssued").asInt()).isEqualTo(1);
        assertThat(invoicesOf(family).get(0).get("total").decimalValue()).isEqualByComparingTo("1.00");
    }

    @Test
    void refusesAMonthNotBegunOrMalformedInFrenchAndRecordsNothing() {
        YearMonth next = TownTime.monthOf(clock.instant()).plusMonths(1);

        HttpResponse<String> future = api.post(RUNS, staff(), "{\"month\":\"" + next + "\"}");

        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(future.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(api.json(future).get("code").asString()).isEqualTo("mois-a-venir");
        assertThat(api.json(future).get("detail").asString()).contains(InvoiceView.monthLabel(next),
                "n’a pas commencé");
        for (String malformed : new String[] {"octobre", "2026-13", "11-2026", ""}) {
            HttpResponse<String> answer = api.post(RUNS, staff(), "{\"month\":\"" + malformed + "\"}");
            assertThat(answer.statusCode()).as(malformed).isEqualTo(400);
            assertThat(api.json(answer).get("detail").asString()).as(malformed).isNotBlank();
        }
        assertThat(api.json(api.post(RUNS, staff(), "{\"month\":\"2026-13\"}")).get("code").asString())
                .isEqualTo("mois-invalide");
        assertThat(api.json(api.post(RUNS, staff(), "{\"month\":\"2026-13\"}")).get("detail").asString())
                .contains("AAAA-MM");
        assertThat(mongo.count(Query.query(Criteria.where("month").in(next.toString(), "2026-13")),
                InvoicingRun.COLLECTION)).isZero();
        HttpResponse<String> unknown = api.get(RUNS + "/enfance-jeunesse-1999-01", staff());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(api.json(unknown).get("code").asString()).isEqualTo("emission-introuvable");
    }
}
