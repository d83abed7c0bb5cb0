package fr.portailfamilles.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * « Payer vos factures en ligne », from the town hall to the family: a child is ticked present,
 * staff start the month's invoicing from the back-office and follow it until it is done, the
 * parent is told by mail, finds the invoice « À payer » in « Mes factures », downloads its PDF,
 * refuses a first payment on the simulated provider's page, then pays and sees the invoice
 * « Payée » with the payment in its history.
 */
@ExtendWith(StartPortal.class)
class InvoicePaymentIT {

    static final String PARENT = "claire.martin@example.fr";
    static final String PARENT_PASSWORD = "Demo-Parent-2026!";
    static final String AGENT = "agent@mairie-carcans.fr";
    static final String AGENT_PASSWORD = "Demo-Agent-2026!";
    static final String CHILD = "chd-lea-martin";
    static final ZoneId TOWN = ZoneId.of("Europe/Paris");

    final JsonMapper json = JsonMapper.builder().build();
    final List<String> createdRegistrations = new ArrayList<>();

    @Test
    void theParentSeesTheNewInvoicePaysItOnlineAndSeesItPaid() throws Exception {
        RunningPortal portal = StartPortal.portal();
        String parent = portal.login().accessToken(PARENT, PARENT_PASSWORD);
        String agent = portal.login().accessToken(AGENT, AGENT_PASSWORD);
        YearMonth month = YearMonth.now(TOWN);
        try {
            Optional<LocalDate> billed = tickedPresent(portal, parent, agent, month);
            Assumptions.assumeTrue(billed.isPresent(), "no day of " + month + " left on which Léa can be ticked");

            staffInvoiceTheMonth(portal, month);

            JsonNode invoice = invoiceOf(portal, parent, month);
            String number = invoice.get("number").asString();
            assertThat(invoice.get("stateLabel").asString()).isEqualTo("À payer");
            await().atMost(Duration.ofSeconds(30)).until(() -> portal.mailbox().of(PARENT).stream()
                    .anyMatch(mail -> mail.subject().equals("Nouvelle facture disponible : " + number)));

            try (Browser browser = new Browser(1280, 1100)) {
                Journeys.signIn(browser, portal, "/factures", PARENT, PARENT_PASSWORD);
                awaitBadge(browser, number, "À payer");
                browser.screenshot("factures-nouvelle-facture-a-payer");
                checkPdf(browser, number, invoice.get("pdfUrl").asString());

                payOnTheSimulatedPage(browser, number, "button.refuse", "simulateur-paiement");
                awaitMessage(browser, "Paiement refusé");
                awaitBadge(browser, number, "À payer");
                browser.screenshot("factures-paiement-refuse");

                payOnTheSimulatedPage(browser, number, "button.pay", "simulateur-paiement-second-essai");
                awaitMessage(browser, "Paiement accepté");
                awaitBadge(browser, number, "Payée");
                invoiceCard(browser, number).findElement(By.tagName("summary")).click();
                String history = invoiceCard(browser, number).findElement(By.tagName("details")).getText();
                assertThat(history).contains("Paiement en ligne");
                assertThat(invoiceCard(browser, number).getText()).doesNotContain("Payer en ligne");
                scrollTo(browser, invoiceCard(browser, number).findElement(By.tagName("h4")));
                browser.screenshot("factures-payee-avec-historique");
            }

            JsonNode paid = invoiceOf(portal, parent, month);
            assertThat(paid.get("stateLabel").asString()).isEqualTo("Payée");
            assertThat(paid.get("balance").decimalValue()).isZero();
            assertThat(paid.get("payments")).hasSize(1);
            assertThat(paid.at("/payments/0/amount").decimalValue())
                    .isEqualByComparingTo(invoice.get("total").decimalValue());
        } finally {
            for (String id : createdRegistrations) { // leave Léa's registrations as the other journeys expect them
                portal.send("POST", "/api/registrations/" + id + "/cancellation", parent, null);
            }
        }
    }

    /**
     * Léa, registered to an activity (the one of the demo where a day of this month is still ahead
     * of her registration's start), ticked present by staff, morning and evening or the whole day:
     * presences are billed even without a reservation.
     */
    private Optional<LocalDate> tickedPresent(RunningPortal portal, String parent, String agent, YearMonth month)
            throws Exception {
        for (String[] activity : new String[][] {{"aps", "matin", "soir"}, {"alsh-vacances", "journee"},
                {"alsh-mercredis", "journee"}}) {
            String registrationId = approvedRegistration(portal, parent, agent, activity[0]);
            for (LocalDate day : candidateDays(month)) {
                HttpResponse<String> ticked = tick(portal, agent, activity[0], registrationId, day, activity[1]);
                if (ticked.statusCode() == 200) {
                    for (int i = 2; i < activity.length; i++) {
                        HttpResponse<String> more = tick(portal, agent, activity[0], registrationId, day, activity[i]);
                        assertThat(more.statusCode()).as(more.body()).isEqualTo(200);
                    }
                    return Optional.of(day);
                }
                assertThat(ticked.statusCode()).as(ticked.body()).isIn(404, 422);
            }
        }
        return Optional.empty();
    }

    /** The days of the month, today first, then the days before, then the ones after. */
    private static List<LocalDate> candidateDays(YearMonth month) {
        LocalDate today = LocalDate.now(TOWN);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = today; !d.isBefore(month.atDay(1)); d = d.minusDays(1)) {
            days.add(d);
        }
        for (LocalDate d = today.plusDays(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            days.add(d);
        }
        return days.stream().filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY
                && d.getDayOfWeek() != DayOfWeek.SUNDAY).toList();
    }

    private HttpResponse<String> tick(RunningPortal portal, String agent, String activityId, String registrationId,
            LocalDate day, String unit) throws Exception {
        return portal.send("POST", "/api/reservations/attendance", agent, """
                {"activityId":"%s","date":"%s","unit":"%s","registrationId":"%s","status":"PRESENT","justified":false}"""
                .formatted(activityId, day, unit, registrationId));
    }

    /** Léa's registration to the activity: the current one if there is one, else requested and approved now. */
    private String approvedRegistration(RunningPortal portal, String parent, String agent, String activityId)
            throws Exception {
        JsonNode mine = json.readTree(portal.get("/api/registrations/me", parent).body());
        for (JsonNode child : mine.get("children")) {
            if (CHILD.equals(child.get("childId").asString())) {
                for (JsonNode current : child.get("current")) {
                    if (activityId.equals(current.get("activityId").asString())) {
                        return current.get("id").asString();
                    }
                }
            }
        }
        HttpResponse<String> requested = portal.send("POST", "/api/registrations", parent,
                "{\"childId\":\"" + CHILD + "\",\"activityId\":\"" + activityId + "\"}");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
        String id = json.readTree(requested.body()).get("id").asString();
        createdRegistrations.add(id);
        HttpResponse<String> approved = portal.send("POST", "/api/registrations/" + id + "/approval", agent, null);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> portal.get(
                "/api/reservations/registrations/" + id + "/grid?month=" + YearMonth.now(TOWN), parent)
                .statusCode() == 200);
        return id;
    }

    /** Staff start the month's invoicing on the back-office page and follow it until it is done. */
    private void staffInvoiceTheMonth(RunningPortal portal, YearMonth month) {
        try (Browser browser = new Browser(1280, 1100)) {
            Journeys.signIn(browser, portal, "/admin/facturation", AGENT, AGENT_PASSWORD);
            WebElement input = browser.waitingUpTo(Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("emission-mois")));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input,
                    month.toString());
            browser.driver().findElement(By.cssSelector("#emission-formulaire button[type=submit]")).click();
            browser.waitingUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#emission-resultat .badge")));
            browser.screenshot("facturation-emission-demandee");
            browser.waitingUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("emission-resultat"), "Terminée"));
            String result = browser.driver().findElement(By.id("emission-resultat")).getText();
            assertThat(result).contains("Émission terminée le", "facture");
            assertThat(result).doesNotContain("0 facture émise");
            browser.waitingUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("factures-liste"), "Claire Martin"));
            assertThat(browser.driver().findElement(By.id("historique-liste")).getText()).contains("Terminée");
            browser.screenshot("facturation-emission-terminee");
            scrollTo(browser, browser.driver().findElement(By.id("factures")));
            assertThat(browser.driver().findElement(By.id("factures-liste")).getText()).contains("À payer");
            browser.screenshot("facturation-factures-du-mois");
        }
    }

    private static void scrollTo(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                element);
    }

    private JsonNode invoiceOf(RunningPortal portal, String parent, YearMonth month) throws Exception {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (JsonNode invoice : json.readTree(portal.get("/api/billing/invoices/me", parent).body())
                    .get("invoices")) {
                if (month.toString().equals(invoice.get("month").asString())) {
                    found[0] = invoice;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private static WebElement invoiceCard(Browser browser, String number) {
        for (WebElement card : browser.driver().findElements(By.cssSelector("#factures-liste article.facture"))) {
            if (card.getText().contains(number)) {
                return card;
            }
        }
        throw new org.openqa.selenium.NoSuchElementException("No invoice card for " + number);
    }

    /** The page redraws its cards as invoices load: look the card up again rather than keep it. */
    private static void awaitBadge(Browser browser, String number, String state) {
        browser.waitingUpTo(Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(driver -> invoiceCard(browser, number).findElement(By.cssSelector(".badge")).getText()
                        .contains(state));
    }

    private static void awaitMessage(Browser browser, String text) {
        browser.waitingUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("factures-message"), text));
    }

    /** « Payer en ligne » leads to the simulated provider's page; the choice there leads back to « Mes factures ». */
    private static void payOnTheSimulatedPage(Browser browser, String number, String choice, String screenshot) {
        browser.waitingUpTo(Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    invoiceCard(browser, number).findElement(By.xpath(".//button[starts-with(., 'Payer en ligne')]"))
                            .click();
                    return true;
                });
        browser.waitingUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/simulated-provider/payments/"));
        browser.waitingUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(By.cssSelector(choice)));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("Paiement simulé — aucun prélèvement réel");
        assertThat(browser.driver().findElement(By.id("contenu")).getText()).contains(number);
        browser.screenshot(screenshot);
        browser.clickAndNavigate(By.cssSelector(choice));
        browser.waitingUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/factures?paiement="));
    }

    /**
     * The PDF the card's link gives, fetched with the parent's session as a click does: a PDF whose
     * text carries the invoice number; its first page is rendered to look at.
     */
    private static void checkPdf(Browser browser, String number, String pdfUrl) throws Exception {
        WebElement link = invoiceCard(browser, number).findElement(By.partialLinkText("(PDF)"));
        assertThat(link.getAttribute("href")).endsWith(pdfUrl);
        String base64 = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' })
                  .then(function (r) { return r.ok ? r.arrayBuffer() : Promise.reject(new Error('HTTP ' + r.status)); })
                  .then(function (buffer) {
                    var bytes = new Uint8Array(buffer), text = '';
                    for (var i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
                    done(btoa(text));
                  })
                  .catch(function (e) { done('ERREUR ' + e.message); });""", pdfUrl);
        assertThat(base64).doesNotStartWith("ERREUR");
        byte[] pdf = Base64.getDecoder().decode(base64);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Path file = Files.createDirectories(Browser.SCREENSHOTS).resolve("facture-" + number + ".pdf");
        Files.write(file, pdf);
        String text = run("pdftotext", "-layout", file.toString(), "-");
        assertThat(text).contains(number, "Claire Martin", "Léa");
        run("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", file.toString(),
                Browser.SCREENSHOTS.resolve("facture-pdf-page-1").toString());
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
        return output;
    }
}
