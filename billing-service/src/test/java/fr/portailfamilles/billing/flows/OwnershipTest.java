package fr.portailfamilles.billing.flows;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.billing.support.BillingTest;
import fr.portailfamilles.billing.support.Scenario;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A parent sees and pays only their own family's invoices; staff endpoints are for staff. */
class OwnershipTest extends BillingTest {

    @Test
    void aParentNeverReachesAnotherFamilysInvoice() {
        Scenario family = scenario();
        JsonNode invoice = invoicedOctober(family);
        String id = invoice.get("id").asString();
        String neighbour = tokens.parent("fam-voisin-" + family.familyId.substring(4));

        assertNotFound(api.get("/api/billing/invoices/" + id, neighbour), "facture-introuvable");
        assertNotFound(api.post("/api/billing/invoices/" + id + "/payments", neighbour, "{}"), "facture-introuvable");
        assertThat(api.ok(api.get("/api/billing/invoices/me", neighbour)).get("invoices").toString())
                .doesNotContain(id);
        assertThat(api.ok(api.get("/api/billing/invoices/me", parentOf(family))).get("invoices").toString())
                .contains(id);
        JsonNode started = api.ok(api.post("/api/billing/invoices/" + id + "/payments", parentOf(family), "{}"));
        assertNotFound(api.get("/api/billing/payments/" + started.get("reference").asString(), neighbour),
                "paiement-introuvable");
    }

    @Test
    void aParentQuotesOnlyForTheirOwnFamily() {
        Scenario family = scenario();
        String cells = "{\"familyId\":\"%s\",\"activityId\":\"%s\",\"cells\":[{\"date\":\"2026-12-01\",\"unit\":\"matin\"}]}";
        assertNotFound(api.post("/api/billing/quotes", parentOf(family),
                cells.formatted("fam-autre", family.activityId)), "famille-introuvable");
        assertThat(api.post("/api/billing/quotes", parentOf(family), cells.formatted(family.familyId,
                family.activityId)).statusCode()).isEqualTo(200);
    }

    @Test
    void aParentCannotUseTheStaffEndpoints() {
        Scenario family = scenario();
        JsonNode invoice = invoicedOctober(family);
        String id = invoice.get("id").asString();
        String parent = parentOf(family);

        assertForbidden(api.post("/api/billing/invoicing-runs", parent, "{\"month\":\"2026-10\"}"));
        assertForbidden(api.get("/api/billing/invoices", parent));
        assertForbidden(api.get("/api/billing/payments", parent));
        assertForbidden(api.post("/api/billing/invoices/" + id + "/offline-payments", parent,
                "{\"amount\":1.00,\"method\":\"CASH\"}"));
        assertForbidden(api.post("/api/billing/invoices/" + id + "/credit-notes", parent,
                "{\"amount\":1.00,\"reason\":\"cadeau\"}"));
        assertForbidden(api.post("/api/billing/tariffs", parent, "{\"activityId\":\"a\",\"unit\":\"u\","
                + "\"unitLabel\":\"U\",\"validFrom\":\"2026-01-01\",\"brackets\":[{\"from\":0,\"price\":0}]}"));
        assertThat(api.ok(api.get("/api/billing/invoices/" + id, parent)).get("payments")).isEmpty();
    }

    @Test
    void theApiNeedsALoginButTheProviderSideIsOpen() {
        assertThat(api.get("/api/billing/invoices/me", null).statusCode()).isEqualTo(401);
        HttpResponse<String> unknownPage = api.get("/api/billing/simulated-provider/payments/PINCONNU", null);
        assertNotFound(unknownPage, "paiement-simule-introuvable");
    }

    private void assertNotFound(HttpResponse<String> answer, String code) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
        assertThat(api.json(answer).get("code").asString()).isEqualTo(code);
    }

    private void assertForbidden(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }
}
