package fr.portailfamilles.billing.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.billing.support.BillingTest;
import fr.portailfamilles.billing.support.Scenario;
import fr.portailfamilles.platform.test.KafkaProbe;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** From reservation and attendance events on the broker to an invoice, and to the event that locks its cells. */
class InvoicingFlowTest extends BillingTest {

    static final String ISSUED = "fr.portailfamilles.billing.invoice-issued.v1";
    final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Test
    void reservationAndAttendanceEventsBecomeAnInvoiceWhoseEventLocksTheBilledCells() {
        Scenario family = scenario().activityPublished("Accueil périscolaire").quotient(780)
                .child("Léa", "Martin", LocalDate.of(2019, 3, 14))
                .payer("Claire", "Martin", "claire.martin@example.fr");
        family.confirmed(october(1), "matin")                                   // billed: reservation
                .confirmed(october(2), "matin").present(october(2), "matin", false) // billed: presence
                .confirmed(october(5), "matin").absent(october(5), "matin", true)   // not billed: justified absence
                .confirmed(october(6), "matin").absent(october(6), "matin", false)  // billed: unjustified absence
                .confirmed(october(7), "soir").cancelled(october(7), "soir", "PARENT") // not billed: in time
                .confirmed(october(8), "matin").cancelled(october(8), "matin", "DAY_CLOSED") // not billed: closed
                .present(october(9), "soir", true)                                   // billed: unexpected presence
                .promoted(october(12), "matin")                                      // billed: promoted from waitlist
                .confirmed(october(13), "repas")                                     // billed: meal, flat price
                .applied();

        JsonNode run = run("2026-10");

        String raw = api.get("/api/billing/invoices?familyId=" + family.familyId, staff()).body();
        assertThat(raw).contains("\"total\":10.80", "\"unitPrice\":1.40");
        JsonNode invoice = invoicesOf(family).get(0);
        assertThat(run.get("stateLabel").asString()).isEqualTo("Terminée");
        assertThat(run.get("invoicesIssued").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(invoice.get("number").asString()).matches("FAC-2026-\\d{6}");
        assertThat(invoice.get("total").decimalValue()).isEqualByComparingTo("10.80");
        assertThat(invoice.get("payerName").asString()).isEqualTo("Claire Martin");
        assertThat(invoice.get("stateLabel").asString()).isEqualTo("À payer");
        assertThat(invoice.get("quotient").asInt()).isEqualTo(780);
        assertThat(lines(invoice)).containsExactly(
                "Léa Martin|Accueil périscolaire|Matin|4|1.40|5.60",
                "Léa Martin|Accueil périscolaire|Soir|1|2.00|2.00",
                "Léa Martin|Accueil périscolaire|Repas|1|3.20|3.20");

        ConsumerRecord<String, String> issued = awaitEvents(invoice.get("id").asString(), ISSUED, 1).get(0);
        assertThat(KafkaProbe.header(issued, "ce_source")).isEqualTo("/portail-familles/billing-service");
        JsonNode event = json.readTree(issued.value());
        assertThat(event.get("number").asString()).isEqualTo(invoice.get("number").asString());
        assertThat(event.get("familyId").asString()).isEqualTo(family.familyId);
        assertThat(event.get("month").asString()).isEqualTo("2026-10");
        assertThat(event.get("total").decimalValue()).isEqualByComparingTo("10.80");
        assertThat(event.get("dueDate").asString()).isEqualTo(invoice.get("dueDate").asString());
        assertThat(StreamSupport.stream(event.get("lines").spliterator(), false)
                .map(l -> l.get("date").asString() + " " + l.get("unit").asString() + " " + l.get("childId").asString()
                        .equals(family.childId) + " " + l.get("activityId").asString().equals(family.activityId))
                .toList()).containsExactly("2026-10-01 matin true true", "2026-10-02 matin true true",
                        "2026-10-06 matin true true", "2026-10-09 soir true true", "2026-10-12 matin true true",
                        "2026-10-13 repas true true");
    }

    @Test
    void aRerunOfTheMonthChangesNothingEvenAfterLateEvents() {
        Scenario family = scenario();
        JsonNode invoice = invoicedOctober(family);
        String id = invoice.get("id").asString();
        awaitEvents(id, ISSUED, 1);
        Document before = mongo.findById(id, Document.class, "invoices");

        family.confirmed(october(20), "matin").applied();
        JsonNode rerun = run("2026-10");

        assertThat(rerun.get("state").asString()).isEqualTo("DONE");
        JsonNode after = invoicesOf(family);
        assertThat(after).hasSize(1);
        assertThat(after.get(0).get("number").asString()).isEqualTo(invoice.get("number").asString());
        assertThat(after.get(0).get("total").decimalValue()).isEqualByComparingTo("8.80");
        Document unchanged = mongo.findById(id, Document.class, "invoices");
        assertThat(unchanged.get("lines")).isEqualTo(before.get("lines"));
        assertThat(unchanged.get("number")).isEqualTo(before.get("number"));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> kafka().received(INVOICES_TOPIC, id, ISSUED).size() == 1);
    }

    @Test
    void aFamilyWithoutQuotientPaysTheTopBracketAndTheInvoiceSaysSo() {
        Scenario family = scenario().activityPublished("Accueil périscolaire").payer("Jean", "Durand", "jd@example.fr")
                .child("Tom", "Durand", LocalDate.of(2018, 1, 9));
        family.confirmed(october(14), "matin").confirmed(october(15), "matin").applied();

        run("2026-10");

        JsonNode invoice = invoicesOf(family).get(0);
        assertThat(invoice.get("quotientUnknown").asBoolean()).isTrue();
        assertThat(invoice.get("note").asString()).contains("tranche la plus haute");
        assertThat(invoice.get("total").decimalValue()).isEqualByComparingTo("4.40");
        assertThat(invoice.at("/lines/0/bracket").asString()).isEqualTo("QF plus de 1200 (quotient non communiqué)");
    }

    @Test
    void aDayWithoutTariffKeepsTheFamilyOutOfTheRunUntilStaffAddIt() {
        Scenario family = scenarioWithoutTariffs().activityPublished("Ado'Minos").quotient(500);
        family.confirmed(october(21), "matin").applied();

        JsonNode first = run("2026-10");

        assertThat(first.get("skipped").toString()).contains(family.familyId, "Aucun tarif");
        assertThat(first.get("familiesSkipped").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(invoicesOf(family)).isEmpty();
        tariff(family.activityId, "matin", "Matin", "2.00", "2.50", "3.00", "3.50");
        run("2026-10");
        assertThat(invoicesOf(family).get(0).get("total").decimalValue()).isEqualByComparingTo("2.00");
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() {
        Scenario family = scenario().activityPublished("Accueil périscolaire").quotient(400);
        String cancellation = UUID.randomUUID().toString();
        family.confirmed(october(22), "matin")
                .redeliver(cancellation, "cancelled", october(22), "matin", Map.of("reason", "PARENT"))
                .confirmed(october(22), "matin")
                .redeliver(cancellation, "cancelled", october(22), "matin", Map.of("reason", "PARENT"))
                .confirmed(october(23), "matin")
                .applied();

        run("2026-10");

        assertThat(lines(invoicesOf(family).get(0))).containsExactly("Enfant " + family.childId
                + "|Accueil périscolaire|Matin|2|1.00|2.00");
    }

    @Test
    void anErasedFamilyKeepsItsInvoicesWithoutTheNames() {
        Scenario family = scenario();
        JsonNode invoice = invoicedOctober(family);

        family.erased();

        String id = invoice.get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> "Famille anonymisée".equals(
                api.ok(api.get("/api/billing/invoices/" + id, staff())).get("payerName").asString()));
        JsonNode kept = api.ok(api.get("/api/billing/invoices/" + id, staff()));
        assertThat(kept.get("number").asString()).isEqualTo(invoice.get("number").asString());
        assertThat(kept.get("total").decimalValue()).isEqualByComparingTo("8.80");
        assertThat(kept.toString()).doesNotContain("Léa", "Claire");
    }

    static LocalDate october(int day) {
        return LocalDate.of(2026, 10, day);
    }

    static List<String> lines(JsonNode invoice) {
        return StreamSupport.stream(invoice.get("lines").spliterator(), false)
                .map(l -> String.join("|", l.get("childName").asString(), l.get("activityName").asString(),
                        l.get("unitLabel").asString(), String.valueOf(l.get("days").asInt()),
                        l.get("unitPrice").decimalValue().toPlainString(), l.get("amount").decimalValue().toPlainString()))
                .toList();
    }
}
