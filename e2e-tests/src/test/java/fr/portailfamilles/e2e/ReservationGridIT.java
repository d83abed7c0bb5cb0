package fr.portailfamilles.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The heart of the portal, as the town's note describes it (4/2): a parent opens the month grid,
 * clicks days, « Valider », and watches them turn green — or orange with a place in the queue
 * when the slot is full — then sees the waitlisted day promoted when another child's place is
 * cancelled, without « Actualiser ».
 */
@ExtendWith(StartPortal.class)
class ReservationGridIT {

    static final String PARENT = "claire.martin@example.fr";
    static final String PASSWORD = "Demo-Parent-2026!";

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void cellsTurnGreenOrOrangeWithTheirPlaceAndAPromotionArrivesByItself() throws Exception {
        RunningPortal portal = StartPortal.portal();
        String parent = portal.login().accessToken(PARENT, PASSWORD);
        String agent = portal.login().accessToken("agent@mairie-carcans.fr", "Demo-Agent-2026!");
        String lea = approvedRegistration(portal, parent, agent, "chd-lea-martin", "aps");
        String hugo = approvedRegistration(portal, parent, agent, "chd-hugo-martin", "aps");
        oneEveningPlaceOnly(portal, agent);

        // Léa takes the only evening place of Monday 7 December
        reserve(portal, parent, lea, "{\"reserve\":[{\"date\":\"2026-12-07\",\"unit\":\"soir\"}]}");
        awaitCell(portal, parent, lea, "2026-12-07", "soir", "CONFIRMED");

        try (Browser browser = new Browser(1280, 900)) {
            Journeys.signIn(browser, portal, "/reservations?inscription=" + hugo, PARENT, PASSWORD);
            browser.waitingUpTo(Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("resa-grille")));
            showDecember(browser);
            click(browser, "2026-12-07|soir");
            awaitClass(browser, "2026-12-07|soir", "cell--selected");
            click(browser, "2026-12-08|matin");
            awaitClass(browser, "2026-12-08|matin", "cell--selected");
            browser.screenshot("grille-selection");
            browser.driver().findElement(By.id("resa-valider")).click();

            awaitClass(browser, "2026-12-08|matin", "cell--confirmed");
            awaitClass(browser, "2026-12-07|soir", "cell--waitlisted");
            browser.waitingUpTo(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(driver -> cell(browser, "2026-12-07|soir").getText().equals("1")
                            && cell(browser, "2026-12-07|soir").getAttribute("aria-label").contains("position 1"));
            browser.screenshot("grille-validee-et-liste-attente");

            // Léa's place is cancelled: Hugo, head of the waitlist, is promoted and the open grid shows it
            reserve(portal, parent, lea, "{\"cancel\":[{\"date\":\"2026-12-07\",\"unit\":\"soir\"}]}");
            awaitClass(browser, "2026-12-07|soir", "cell--confirmed");
            browser.screenshot("grille-promotion");
        }
    }

    private static WebElement cell(Browser browser, String key) {
        return browser.driver().findElement(By.cssSelector("#resa-grille button[data-key='" + key + "']"));
    }

    /** The grid redraws its cells as decisions arrive: look each cell up again rather than keep it. */
    private static void awaitClass(Browser browser, String key, String cssClass) {
        browser.waitingUpTo(Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(driver -> cell(browser, key).getAttribute("class").contains(cssClass));
    }

    private static void click(Browser browser, String key) {
        browser.waitingUpTo(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    cell(browser, key).click();
                    return true;
                });
    }

    private static void showDecember(Browser browser) {
        for (int i = 0; i < 12 && !browser.driver().findElement(By.id("resa-mois")).getText().toLowerCase()
                .contains("décembre 2026"); i++) {
            browser.driver().findElement(By.id("resa-suivant")).click();
            browser.waitingUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#resa-grille button[data-key]")));
        }
        browser.waitingUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#resa-grille button[data-key='2026-12-07|soir']")));
    }

    private String approvedRegistration(RunningPortal portal, String parent, String agent, String childId,
            String activityId) throws Exception {
        HttpResponse<String> requested = portal.send("POST", "/api/registrations", parent,
                "{\"childId\":\"" + childId + "\",\"activityId\":\"" + activityId + "\"}");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
        String id = json.readTree(requested.body()).get("id").asString();
        HttpResponse<String> approved = portal.send("POST", "/api/registrations/" + id + "/approval", agent, null);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> portal.get(
                "/api/reservations/registrations/" + id + "/grid?month=2026-12", parent).statusCode() == 200);
        return id;
    }

    private void oneEveningPlaceOnly(RunningPortal portal, String agent) throws Exception {
        JsonNode lines = json.readTree(portal.get("/api/reservations/admin/activities/aps/capacities", agent).body());
        for (JsonNode line : lines) {
            if ("soir".equals(line.get("unit").asString())) {
                HttpResponse<String> changed = portal.send("PUT", "/api/reservations/admin/activities/aps/capacities",
                        agent, "{\"unit\":\"soir\",\"periodId\":\"" + line.get("periodId").asString() + "\",\"capacity\":1}");
                assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            }
        }
    }

    private static void reserve(RunningPortal portal, String parent, String registrationId, String body)
            throws Exception {
        HttpResponse<String> sent = portal.send("POST", "/api/reservations/registrations/" + registrationId
                + "/requests", parent, body);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
    }

    private void awaitCell(RunningPortal portal, String parent, String registrationId, String date, String unit,
            String state) {
        await().atMost(Duration.ofSeconds(20)).until(() -> state.equals(cellState(portal, parent, registrationId,
                date, unit)));
    }

    /** The state of one cell in the month grid the API gives the parent. */
    private String cellState(RunningPortal portal, String parent, String registrationId, String date, String unit)
            throws Exception {
        JsonNode grid = json.readTree(portal.get("/api/reservations/registrations/" + registrationId
                + "/grid?month=" + date.substring(0, 7), parent).body());
        for (JsonNode row : grid.get("rows")) {
            for (JsonNode line : row.get("units")) {
                if (!unit.equals(line.get("code").asString())) {
                    continue;
                }
                for (JsonNode cell : line.get("cells")) {
                    if (date.equals(cell.get("date").asString())) {
                        return cell.get("state").asString();
                    }
                }
            }
        }
        return "ABSENT_FROM_GRID";
    }
}
