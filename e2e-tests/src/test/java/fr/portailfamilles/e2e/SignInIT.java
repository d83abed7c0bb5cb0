package fr.portailfamilles.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Signing in as a person does, in a real browser, and as a script does, through the gateway. */
@ExtendWith(StartPortal.class)
class SignInIT {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aParentSignsInOnTheFrenchLoginPageAndLandsOnTheirDashboard() {
        RunningPortal portal = StartPortal.portal();
        try (Browser browser = new Browser(1280, 900)) {
            browser.open(portal.url() + "/");

            browser.waitingUpTo(Duration.ofSeconds(45)).until(ExpectedConditions.urlContains("/connexion"));
            assertThat(browser.driver().getTitle()).contains("Connexion");
            browser.screenshot("connexion");
            browser.driver().findElement(By.id("username")).sendKeys("claire.martin@example.fr");
            browser.driver().findElement(By.id("password")).sendKeys("Demo-Parent-2026!");
            browser.clickAndNavigate(By.cssSelector("form button[type=submit]"));

            browser.waitingUpTo(Duration.ofSeconds(45))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Mon tableau de bord"));
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(portal.url() + "/");
            browser.screenshot("tableau-de-bord");

            // « Mon compte » says who is signed in and signs out of the portal and the identity service
            browser.open(portal.url() + "/compte");
            browser.waitingUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("compte-identite"), "claire.martin@example.fr"));
            browser.screenshot("mon-compte");
            browser.clickAndNavigate(By.cssSelector("#deconnexion-form button[type=submit]"));
            browser.waitingUpTo(Duration.ofSeconds(45)).until(ExpectedConditions.urlContains("/connexion"));
            browser.open(portal.url() + "/famille");
            browser.waitingUpTo(Duration.ofSeconds(45)).until(ExpectedConditions.urlContains("/connexion"));
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAFrenchMessage() {
        RunningPortal portal = StartPortal.portal();
        try (Browser browser = new Browser(390, 844)) {
            browser.open(portal.url() + "/");
            browser.waitingUpTo(Duration.ofSeconds(45)).until(ExpectedConditions.urlContains("/connexion"));
            browser.driver().findElement(By.id("username")).sendKeys("claire.martin@example.fr");
            browser.driver().findElement(By.id("password")).sendKeys("pas-le-bon-mot-de-passe");
            browser.clickAndNavigate(By.cssSelector("form button[type=submit]"));

            browser.waitingUpTo(Duration.ofSeconds(45)).until(ExpectedConditions.urlContains("erreur"));
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).containsIgnoringCase("incorrect");
            browser.screenshot("connexion-refusee-telephone");
        }
    }

    @Test
    void aScriptGetsAParentTokenThroughTheNormalFlowAndTheServicesHonourIt() throws Exception {
        RunningPortal portal = StartPortal.portal();
        String parent = portal.login().accessToken("claire.martin@example.fr", "Demo-Parent-2026!");
        String agent = portal.login().accessToken("agent@mairie-carcans.fr", "Demo-Agent-2026!");

        JsonNode me = json.readTree(portal.get("/api/identity/me", parent).body());
        assertThat(me.toString()).contains("claire.martin@example.fr");
        assertThat(portal.get("/api/identity/accounts", parent).statusCode()).isEqualTo(403);
        assertThat(portal.get("/api/identity/accounts?q=martin", agent).statusCode()).isEqualTo(200);
        assertThat(portal.get("/api/identity/me", agent + "x").statusCode()).isEqualTo(401);
    }
}
