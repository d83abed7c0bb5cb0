package fr.portailfamilles.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pointage (issue 6): the agent opens the day's attendance list and sees, beside each expected
 * child, the markers « PAI », « Allergie », « Régime » of the family file (text and symbol, with a
 * title), never the health notes themselves. Léa's file (demo) records a PAI and an allergy;
 * Hugo's records nothing.
 */
@ExtendWith(StartPortal.class)
class AttendanceIT {

    static final String PARENT = "claire.martin@example.fr";
    static final String ACTIVITY = "alsh-vacances";

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theAttendanceListShowsEachChildsCareMarkersWithoutTheHealthNotes() throws Exception {
        RunningPortal portal = StartPortal.portal();
        String parent = portal.login().accessToken(PARENT, "Demo-Parent-2026!");
        String agent = portal.login().accessToken("agent@mairie-carcans.fr", "Demo-Agent-2026!");
        String lea = ReservableChildren.approvedRegistration(portal, parent, agent, "chd-lea-martin", ACTIVITY);
        String hugo = ReservableChildren.approvedRegistration(portal, parent, agent, "chd-hugo-martin", ACTIVITY);
        String day = ReservableChildren.firstModifiableDay(portal, parent, lea);
        for (String registration : List.of(lea, hugo)) {
            HttpResponse<String> sent = portal.send("POST", "/api/reservations/registrations/" + registration
                    + "/requests", parent, "{\"reserve\":[{\"date\":\"" + day + "\",\"unit\":\"journee\"}]}");
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> expectedOn(portal, agent, day).size() == 2);

        try (Browser browser = new Browser(1280, 1000)) {
            Journeys.signIn(browser, portal, "/admin/reservations", "agent@mairie-carcans.fr", "Demo-Agent-2026!");
            browser.waitingUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#choix-activite option[value='" + ACTIVITY + "']")));
            new Select(browser.driver().findElement(By.id("choix-activite"))).selectByValue(ACTIVITY);
            browser.driver().executeScript("var day = document.getElementById('choix-jour'); day.value = arguments[0];"
                    + " day.dispatchEvent(new Event('change'));", day);

            browser.waitingUpTo(Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(driver -> lineOf(browser, "Léa") != null && lineOf(browser, "Hugo") != null);
            WebElement leaLine = lineOf(browser, "Léa");
            assertThat(leaLine.findElements(By.cssSelector(".care-flag")))
                    .extracting(WebElement::getText).containsExactly("✚ PAI", "⚠ Allergie");
            assertThat(leaLine.findElement(By.cssSelector(".care-flag[data-flag=pai] abbr")).getAttribute("title"))
                    .isEqualTo("Projet d’accueil individualisé");
            assertThat(leaLine.findElement(By.cssSelector(".care-flag[data-flag=allergy]")).getAttribute("title"))
                    .startsWith("Allergie signalée");
            WebElement hugoLine = lineOf(browser, "Hugo");
            assertThat(hugoLine.findElements(By.cssSelector(".care-flag, .care-unknown"))).isEmpty();
            String page = browser.driver().findElement(By.id("pointage-jour")).getText();
            assertThat(page).doesNotContain("Arachides", "Trousse");
            browser.driver().executeScript("document.getElementById('pointage-jour').scrollIntoView();");
            browser.screenshot("pointage-reperes-sante");
        }
    }

    /** The first line of the day's list (any unit) whose child is {@code firstName}, or null. */
    private static WebElement lineOf(Browser browser, String firstName) {
        for (WebElement line : browser.driver().findElements(By.cssSelector("#pointage-jour .attendance li"))) {
            List<WebElement> who = line.findElements(By.cssSelector(".who"));
            if (!who.isEmpty() && who.get(0).getText().equals(firstName)) {
                return line;
            }
        }
        return null;
    }

    private List<JsonNode> expectedOn(RunningPortal portal, String agent, String day) throws Exception {
        JsonNode sheet = json.readTree(portal.get("/api/reservations/attendance?activityId=" + ACTIVITY + "&date=" + day,
                agent).body());
        return sheet.get("units").valueStream().flatMap(unit -> unit.get("children").valueStream()).toList();
    }
}
