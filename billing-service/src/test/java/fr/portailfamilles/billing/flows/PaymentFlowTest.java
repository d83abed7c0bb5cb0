package fr.portailfamilles.billing.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.billing.support.BillingTest;
import fr.portailfamilles.billing.support.Scenario;
import fr.portailfamilles.billing.support.SignedNotifications;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** Paying an invoice online through the simulated provider, its notifications, and payments at the desk. */
class PaymentFlowTest extends BillingTest {

    static final String RECEIVED = "fr.portailfamilles.billing.payment-received.v1";
    static final String CREDIT_NOTE = "fr.portailfamilles.billing.credit-note-issued.v1";

    @Value("${portail.billing.payment.simulated.secret}")
    String secret;

    @Test
    void theParentPaysOnlineOnTheSimulatedProviderPageAndSeesTheInvoicePaid() {
        Scenario family = scenario();
        JsonNode invoice = invoicedOctober(family);
        JsonNode started = startPayment(family, invoice, null);
        assertThat(started.get("provider").asString()).isEqualTo("SIMULATED");
        assertThat(started.get("amount").decimalValue()).isEqualByComparingTo("8.80");
        String page = started.get("redirectUrl").asString();
        assertThat(page).isEqualTo("/api/billing/simulated-provider/payments/" + started.get("reference").asString());

        HttpResponse<String> html = api.get(page, null);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("<html lang=\"fr\"", "Paiement simulé — aucun prélèvement réel",
                "Facture " + invoice.get("number").asString(), "8,80", "Payer", "Refuser le paiement", "Abandonner");

        JsonNode back = api.ok(api.post(page, null, "{\"decision\":\"PAY\"}"));
        assertThat(back.get("redirectUrl").asString())
                .isEqualTo("http://localhost:8080/factures?paiement=" + started.get("reference").asString());

        JsonNode mine = api.ok(api.get("/api/billing/invoices/me", parentOf(family)));
        JsonNode paid = mine.get("invoices").get(0);
        assertThat(paid.get("stateLabel").asString()).isEqualTo("Payée");
        assertThat(paid.get("balance").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(paid.at("/payments/0/methodLabel").asString()).isEqualTo("Paiement en ligne");
        assertThat(paid.at("/payments/0/reference").asString()).startsWith("SIM-");
        assertThat(mine.get("balance").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(attempt(family, started).get("stateLabel").asString()).isEqualTo("Paiement accepté");
        JsonNode event = api.json(awaitEvents(invoice.get("id").asString(), RECEIVED, 1).get(0).value());
        assertThat(event.get("paymentId").asString()).isEqualTo(started.get("reference").asString());
        assertThat(event.get("method").asString()).isEqualTo("ONLINE");
        assertThat(event.get("amount").decimalValue()).isEqualByComparingTo("8.80");
    }

    @Test
    void aRefusedOrAbandonedPaymentRecordsNothing() {
        Scenario family = scenario();
        JsonNode invoice = invoicedOctober(family);

        JsonNode refused = startPayment(family, invoice, null);
        api.ok(api.post(refused.get("redirectUrl").asString(), null, "{\"decision\":\"REFUSE\"}"));
        JsonNode abandoned = startPayment(family, invoice, null);
        HttpResponse<String> byForm = api.postForm(abandoned.get("redirectUrl").asString(),
                Map.of("decision", "ABANDON"));

        assertThat(byForm.statusCode()).isEqualTo(303);
        assertThat(byForm.headers().firstValue("Location")).hasValue("http://localhost:8080/factures?paiement="
                + abandoned.get("reference").asString());
        assertThat(attempt(family, refused).get("state").asString()).isEqualTo("REFUSED");
        assertThat(attempt(family, abandoned).get("state").asString()).isEqualTo("ABANDONED");
        JsonNode unpaid = invoiceOf(family, invoice);
        assertThat(unpaid.get("payments")).isEmpty();
        assertThat(unpaid.get("balance").decimalValue()).isEqualByComparingTo("8.80");
        assertThat(unpaid.get("stateLabel").asString()).isEqualTo("À payer");
    }

    @Test
    void aNotificationReceivedTwiceRecordsOnePayment() {
        Scenario family = scenario();
        JsonNode invoice = invoicedOctober(family);
        JsonNode started = startPayment(family, invoice, null);
        Map<String, String> notification = notification(started, "8.80", "PAID");

        assertThat(api.postForm("/api/billing/payments/notifications", notification).statusCode()).isEqualTo(200);
        assertThat(api.postForm("/api/billing/payments/notifications", notification).statusCode()).isEqualTo(200);

        assertThat(invoiceOf(family, invoice).get("payments")).hasSize(1);
        String invoiceId = invoice.get("id").asString();
        awaitEvents(invoiceId, RECEIVED, 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> kafka().received(INVOICES_TOPIC, invoiceId, RECEIVED).size() == 1);
    }

    @Test
    void refusesABadSignatureAnUnknownReferenceAndAnAmountThatDoesNotMatch() {
        Scenario family = scenario();
        JsonNode invoice = invoicedOctober(family);
        JsonNode started = startPayment(family, invoice, null);

        Map<String, String> forged = new HashMap<>(notification(started, "8.80", "PAID"));
        String signature = forged.get("signature");
        forged.put("signature", (signature.charAt(0) == '0' ? "1" : "0") + signature.substring(1));
        assertProblem(api.postForm("/api/billing/payments/notifications", forged), 400, "notification-non-authentique");
        Map<String, String> unknown = SignedNotifications.signed(secret, Map.of("reference", "PINCONNU0000000000000000",
                "amount", "8.80", "outcome", "PAID", "at", "2026-11-28T10:00:00Z"));
        assertProblem(api.postForm("/api/billing/payments/notifications", unknown), 404, "paiement-introuvable");
        assertProblem(api.postForm("/api/billing/payments/notifications", notification(started, "1.00", "PAID")), 422,
                "montant-incoherent");

        assertThat(invoiceOf(family, invoice).get("payments")).isEmpty();
        assertThat(attempt(family, started).get("state").asString()).isEqualTo("PENDING");
    }

    @Test
    void aPartialPaymentLeavesABalanceAndPayingAPaidInvoiceIsAConflict() {
        Scenario family = scenario();
        JsonNode invoice = invoicedOctober(family);

        JsonNode part = startPayment(family, invoice, "5.00");
        api.ok(api.post(part.get("redirectUrl").asString(), null, "{\"decision\":\"PAY\"}"));
        JsonNode afterPart = invoiceOf(family, invoice);
        assertThat(afterPart.get("balance").decimalValue()).isEqualByComparingTo("3.80");
        assertThat(afterPart.get("stateLabel").asString()).isEqualTo("À payer");

        JsonNode rest = startPayment(family, invoice, null);
        assertThat(rest.get("amount").decimalValue()).isEqualByComparingTo("3.80");
        api.ok(api.post(rest.get("redirectUrl").asString(), null, "{\"decision\":\"PAY\"}"));
        assertThat(invoiceOf(family, invoice).get("stateLabel").asString()).isEqualTo("Payée");

        assertProblem(api.post("/api/billing/invoices/" + invoice.get("id").asString() + "/payments",
                parentOf(family), "{}"), 409, "facture-deja-reglee");
        assertProblem(api.post("/api/billing/invoices/" + invoice.get("id").asString() + "/offline-payments", staff(),
                "{\"amount\":1.00,\"method\":\"CASH\"}"), 409, "facture-deja-reglee");
    }

    @Test
    void staffRecordADeskPaymentOnceAndCorrectWithACreditNote() {
        Scenario family = scenario();
        JsonNode invoice = invoicedOctober(family);
        String id = invoice.get("id").asString();
        String paymentId = UUID.randomUUID().toString();
        String cash = "{\"paymentId\":\"" + paymentId + "\",\"amount\":3.00,\"method\":\"CASH\"}";

        api.ok(api.post("/api/billing/invoices/" + id + "/offline-payments", staff(), cash));
        JsonNode twice = api.ok(api.post("/api/billing/invoices/" + id + "/offline-payments", staff(), cash));
        assertThat(twice.get("payments")).hasSize(1);
        assertThat(twice.get("balance").decimalValue()).isEqualByComparingTo("5.80");
        assertProblem(api.post("/api/billing/invoices/" + id + "/offline-payments", staff(),
                "{\"amount\":9.00,\"method\":\"CHEQUE\",\"reference\":\"1234567\"}"), 422, "montant-invalide");

        String creditNoteId = UUID.randomUUID().toString();
        String credit = "{\"creditNoteId\":\"" + creditNoteId + "\",\"amount\":1.40,\"reason\":\"Absence justifiée du 6 octobre\"}";
        JsonNode credited = api.ok(api.post("/api/billing/invoices/" + id + "/credit-notes", staff(), credit));
        api.ok(api.post("/api/billing/invoices/" + id + "/credit-notes", staff(), credit));
        assertThat(credited.get("creditNotes")).hasSize(1);
        assertThat(credited.at("/creditNotes/0/number").asString()).matches("AVO-2026-\\d{6}");
        assertThat(credited.get("total").decimalValue()).isEqualByComparingTo("8.80");
        assertThat(credited.get("balance").decimalValue()).isEqualByComparingTo("4.40");
        assertProblem(api.post("/api/billing/invoices/" + id + "/credit-notes", staff(),
                "{\"amount\":8.00,\"reason\":\"Trop\"}"), 422, "avoir-superieur-a-la-facture");
        awaitEvents(id, CREDIT_NOTE, 1);
        awaitEvents(id, RECEIVED, 1);

        JsonNode payments = api.ok(api.get("/api/billing/payments", staff()));
        assertThat(payments.toString()).contains(paymentId, "Espèces", invoice.get("number").asString());
    }

    private JsonNode startPayment(Scenario family, JsonNode invoice, String amount) {
        HttpResponse<String> answer = api.post("/api/billing/invoices/" + invoice.get("id").asString() + "/payments",
                parentOf(family), amount == null ? "{}" : "{\"amount\":" + amount + "}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return api.json(answer);
    }

    private JsonNode attempt(Scenario family, JsonNode started) {
        return api.ok(api.get("/api/billing/payments/" + started.get("reference").asString(), parentOf(family)));
    }

    private JsonNode invoiceOf(Scenario family, JsonNode invoice) {
        return api.ok(api.get("/api/billing/invoices/" + invoice.get("id").asString(), parentOf(family)));
    }

    private Map<String, String> notification(JsonNode started, String amount, String outcome) {
        return SignedNotifications.signed(secret, Map.of("reference", started.get("reference").asString(),
                "amount", amount, "outcome", outcome, "transaction", "SIM-TEST", "at", "2026-11-28T10:00:00Z"));
    }

    private void assertProblem(HttpResponse<String> answer, int status, String code) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.json(answer).get("code").asString()).isEqualTo(code);
    }
}
