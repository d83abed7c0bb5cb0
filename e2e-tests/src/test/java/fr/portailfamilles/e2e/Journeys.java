package fr.portailfamilles.e2e;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Steps that several end-to-end journeys share. */
final class Journeys {

    private Journeys() {
    }

    /** Opens {@code path} and signs in on the identity service's page when asked to. */
    static void signIn(Browser browser, RunningPortal portal, String path, String email, String password) {
        browser.open(portal.url() + path);
        browser.waitingUpTo(Duration.ofSeconds(45)).until(ExpectedConditions.urlContains("/connexion"));
        browser.driver().findElement(By.id("username")).sendKeys(email);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.clickAndNavigate(By.cssSelector("form button[type=submit]"));
        browser.waitingUpTo(Duration.ofSeconds(45)).until(ExpectedConditions.urlToBe(portal.url() + path));
    }
}
