package fr.portailfamilles.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * The family's place on a waitlist is live: Hugo waits second behind Léa on a slot without a
 * place; when Léa withdraws, Hugo's open grid shows him first in the queue without « Actualiser ».
 */
@ExtendWith(StartPortal.class)
class WaitlistPositionIT {

    static final String PARENT = "claire.martin@example.fr";
    static final String PASSWORD = "Demo-Parent-2026!";
    static final String ACTIVITY = "alsh-vacances";
    static final String UNIT = "apres-midi";

    @Test
    void aWaitingCellShowsItsNewPlaceAsSoonAsSomeoneAheadLeaves() throws Exception {
        RunningPortal portal = StartPortal.portal();
        String parent = portal.login().accessToken(PARENT, PASSWORD);
        String agent = portal.login().accessToken("agent@mairie-carcans.fr", "Demo-Agent-2026!");
        String lea = ReservableChildren.approvedRegistration(portal, parent, agent, "chd-lea-martin", ACTIVITY);
        String hugo = ReservableChildren.approvedRegistration(portal, parent, agent, "chd-hugo-martin", ACTIVITY);
        String day = ReservableChildren.firstModifiableDay(portal, parent, lea);
        HttpResponse<String> noPlace = portal.send("PUT", "/api/reservations/admin/activities/" + ACTIVITY
                + "/capacities", agent, "{\"unit\":\"" + UNIT + "\",\"capacity\":0}");
        assertThat(noPlace.statusCode()).as(noPlace.body()).isEqualTo(200);
        request(portal, parent, lea, "reserve", day);
        await().atMost(Duration.ofSeconds(20)).until(() -> position(portal, parent, lea, day) == 1);
        request(portal, parent, hugo, "reserve", day);
        await().atMost(Duration.ofSeconds(20)).until(() -> position(portal, parent, hugo, day) == 2);

        try (Browser browser = new Browser(1280, 900)) {
            Journeys.signIn(browser, portal, "/reservations?inscription=" + hugo, PARENT, PASSWORD);
            browser.waitingUpTo(Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("resa-grille")));
            showMonthOf(browser, day);
            String key = day + "|" + UNIT;
            browser.waitingUpTo(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(driver -> cell(browser, key).getText().equals("2"));

            request(portal, parent, lea, "cancel", day);

            browser.waitingUpTo(Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(driver -> cell(browser, key).getText().equals("1")
                            && cell(browser, key).getAttribute("aria-label").contains("position 1 dans la file"));
            assertThat(cell(browser, key).getAttribute("class")).contains("cell--waitlisted");
            assertThat(browser.driver().findElement(By.id("resa-message")).getText())
                    .contains("de la position 2 à la position 1");
            browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", cell(browser, key));
            browser.screenshot("grille-liste-attente-position-en-direct");
        }
    }

    private static WebElement cell(Browser browser, String key) {
        return browser.driver().findElement(By.cssSelector("#resa-grille button[data-key='" + key + "']"));
    }

    private static void showMonthOf(Browser browser, String day) {
        String month = LocalDate.parse(day).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH));
        for (int i = 0; i < 12 && !browser.driver().findElement(By.id("resa-mois")).getText().toLowerCase()
                .contains(month); i++) {
            browser.driver().findElement(By.id("resa-suivant")).click();
            browser.waitingUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#resa-grille button[data-key]")));
        }
        browser.waitingUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#resa-grille button[data-key='" + day + "|" + UNIT + "']")));
    }

    private static void request(RunningPortal portal, String parent, String registrationId, String action, String day)
            throws Exception {
        HttpResponse<String> sent = portal.send("POST", "/api/reservations/registrations/" + registrationId
                + "/requests", parent, "{\"" + action + "\":[{\"date\":\"" + day + "\",\"unit\":\"" + UNIT + "\"}]}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
    }

    /** The cell's place on its waitlist as the grid API gives it, 0 while it is not waiting. */
    private static int position(RunningPortal portal, String parent, String registrationId, String day)
            throws Exception {
        JsonNode cell = ReservableChildren.cell(portal, parent, registrationId, day, UNIT);
        return "WAITLISTED".equals(cell.get("state").asString()) ? cell.get("position").asInt() : 0;
    }
}
