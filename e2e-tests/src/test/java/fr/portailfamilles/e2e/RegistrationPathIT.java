package fr.portailfamilles.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The town's note, 4/1, step by step: Mes Inscriptions → the child → Nouvelle Inscription →
 * the activity → Valider; then the town hall approves and the parent sees the registration
 * as current, with the way to its reservations.
 */
@ExtendWith(StartPortal.class)
class RegistrationPathIT {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aParentRequestsARegistrationAndSeesItCurrentOnceStaffApprove() throws Exception {
        RunningPortal portal = StartPortal.portal();
        try (Browser browser = new Browser(1280, 1000)) {
            Journeys.signIn(browser, portal, "/inscriptions", "claire.martin@example.fr", "Demo-Parent-2026!");

            browser.waitingUpTo(Duration.ofSeconds(20))
                    .until(ExpectedConditions.elementToBeClickable(By.id("enfant-chd-hugo-martin"))).click();
            browser.waitingUpTo(Duration.ofSeconds(20))
                    .until(ExpectedConditions.elementToBeClickable(By.id("nouvelle-inscription"))).click();
            browser.waitingUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("input[name=activite][value=alsh-mercredis]"))).click();
            browser.screenshot("inscription-choix-activite");
            browser.driver().findElement(By.cssSelector("#nouvelle-form button[type=submit]")).click();

            browser.waitingUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("inscriptions-message"), "est envoyée"));
            browser.screenshot("inscription-envoyee");

            String agent = portal.login().accessToken("agent@mairie-carcans.fr", "Demo-Agent-2026!");
            String registrationId = waitingRequestOf(portal, agent, "chd-hugo-martin", "alsh-mercredis");
            HttpResponse<String> approval = portal.send("POST", "/api/registrations/" + registrationId + "/approval",
                    agent, null);
            assertThat(approval.statusCode()).as(approval.body()).isEqualTo(200);

            // the page follows the pending request by itself until it is decided
            browser.waitingUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("a[href='/reservations?inscription=" + registrationId + "']")));
            assertThat(browser.driver().findElement(By.id("enfant-inscriptions")).getText())
                    .contains("Inscriptions en cours", "ALSH");
            browser.screenshot("inscription-validee");
        }
    }

    private String waitingRequestOf(RunningPortal portal, String agent, String childId, String activityId) {
        String[] found = new String[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode queue = json.readTree(portal.get("/api/registrations/requests?activityId=" + activityId, agent).body());
            for (JsonNode request : queue) {
                if (childId.equals(request.get("childId").asString())) {
                    found[0] = request.get("id").asString();
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }
}
