package fr.portailfamilles.billing.flows;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.billing.support.BillingTest;
import fr.portailfamilles.billing.support.Scenario;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/** Staff manage the tariffs; a parent sees the price of a selection before « Valider ». */
class TariffAndQuoteTest extends BillingTest {

    static final String TARIFF = """
            {"activityId":"%s","unit":"journee","unitLabel":"Journée","validFrom":"%s","validUntil":%s,"brackets":[
             {"from":0,"to":600,"price":6.00},{"from":601,"to":900,"price":8.50},
             {"from":901,"to":1200,"price":11.00},{"from":1201,"price":13.50}]}""";

    @Test
    void staffCreateAndChangeTariffsAndOverlapsAreRefused() {
        String activity = "act-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = api.post("/api/billing/tariffs", staff(),
                TARIFF.formatted(activity, "2026-09-01", "\"2027-08-31\""));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode tariff = api.json(created);
        assertThat(tariff.at("/brackets/3/label").asString()).isEqualTo("QF plus de 1200");

        HttpResponse<String> overlapping = api.post("/api/billing/tariffs", staff(),
                TARIFF.formatted(activity, "2027-01-01", "null"));
        assertThat(overlapping.statusCode()).isEqualTo(409);
        assertThat(api.json(overlapping).get("code").asString()).isEqualTo("tarif-en-chevauchement");

        HttpResponse<String> changed = api.put("/api/billing/tariffs/" + tariff.get("id").asString(), staff(),
                TARIFF.formatted(activity, "2026-09-01", "\"2026-12-31\"").replace("6.00", "6.20"));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(api.post("/api/billing/tariffs", staff(), TARIFF.formatted(activity, "2027-01-01", "null"))
                .statusCode()).isEqualTo(201);
        assertThat(api.ok(api.get("/api/billing/tariffs", tokens.parent("fam-x"))).toString())
                .contains(activity, "6.20");

        HttpResponse<String> gap = api.post("/api/billing/tariffs", staff(), TARIFF.formatted("act-other",
                "2026-09-01", "null").replace("{\"from\":601", "{\"from\":700"));
        assertThat(gap.statusCode()).isEqualTo(400);
        assertThat(api.json(gap).get("code").asString()).isEqualTo("tranches-incompletes");
    }

    @Test
    void aQuoteTotalsTheSelectionAtTheFamilyQuotientWithoutWritingAnything() {
        Scenario family = scenario().quotient(780).applied();
        long documentsBefore = mongo.count(new Query(), "usage") + mongo.count(new Query(), "invoices");

        JsonNode quote = api.ok(api.post("/api/billing/quotes", parentOf(family), """
                {"familyId":"%s","activityId":"%s","cells":[{"date":"2026-12-01","unit":"matin"},
                 {"date":"2026-12-02","unit":"matin"},{"date":"2026-12-03","unit":"matin"},
                 {"date":"2026-12-02","unit":"repas"}]}""".formatted(family.familyId, family.activityId)));

        assertThat(quote.get("total").decimalValue()).isEqualByComparingTo("7.40");
        assertThat(quote.get("quotient").asInt()).isEqualTo(780);
        assertThat(quote.get("quotientUnknown").asBoolean()).isFalse();
        assertThat(quote.at("/units/0/unitLabel").asString()).isEqualTo("Matin");
        assertThat(quote.at("/units/0/days").asInt()).isEqualTo(3);
        assertThat(quote.at("/units/0/unitPrice").decimalValue()).isEqualByComparingTo("1.40");
        assertThat(quote.at("/units/0/amount").decimalValue()).isEqualByComparingTo("4.20");
        assertThat(quote.at("/units/1/amount").decimalValue()).isEqualByComparingTo("3.20");
        assertThat(mongo.count(new Query(), "usage") + mongo.count(new Query(), "invoices"))
                .isEqualTo(documentsBefore);
        assertThat(mongo.exists(Query.query(Criteria.where("familyId").is(family.familyId)), "usage")).isFalse();
    }

    @Test
    void withoutQuotientTheQuoteUsesTheTopBracketAndSaysSo() {
        Scenario family = scenario();
        JsonNode quote = api.ok(api.post("/api/billing/quotes", parentOf(family), """
                {"familyId":"%s","activityId":"%s","cells":[{"date":"2026-12-01","unit":"soir"}]}"""
                .formatted(family.familyId, family.activityId)));
        assertThat(quote.get("total").decimalValue()).isEqualByComparingTo("3.10");
        assertThat(quote.get("quotientUnknown").asBoolean()).isTrue();
        assertThat(quote.get("note").asString()).contains("tranche la plus haute");
    }

    @Test
    void aQuoteForAUnitWithoutTariffOrAnEmptySelectionIsRefusedClearly() {
        Scenario family = scenario();
        HttpResponse<String> missing = api.post("/api/billing/quotes", parentOf(family), """
                {"familyId":"%s","activityId":"%s","cells":[{"date":"2026-12-01","unit":"gouter"}]}"""
                .formatted(family.familyId, family.activityId));
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(api.json(missing).get("code").asString()).isEqualTo("tarif-introuvable");
        HttpResponse<String> empty = api.post("/api/billing/quotes", parentOf(family), """
                {"familyId":"%s","activityId":"%s","cells":[]}""".formatted(family.familyId, family.activityId));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(api.json(empty).get("code").asString()).isEqualTo("donnees-invalides");
    }
}
