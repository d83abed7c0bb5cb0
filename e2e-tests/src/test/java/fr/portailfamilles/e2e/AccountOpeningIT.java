package fr.portailfamilles.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 3's journey: staff complete a family file, the parent receives the mail at once,
 * follows the link, chooses a password, signs in and lands on Mon tableau de bord — the same
 * day, the same minute.
 */
@ExtendWith(StartPortal.class)
class AccountOpeningIT {

    static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+/mot-de-passe/definir\\?jeton=[A-Za-z0-9_.%=-]+");

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aCompletedFileOpensTheAccountAndTheParentSignsInAtOnce() throws Exception {
        RunningPortal portal = StartPortal.portal();
        String agent = portal.login().accessToken("agent@mairie-carcans.fr", "Demo-Agent-2026!");
        String email = "nadia.benali+" + UUID.randomUUID().toString().substring(0, 8) + "@example.fr";

        String familyId = openCompleteFile(portal, agent, email);

        await().atMost(Duration.ofSeconds(30)).until(() -> !portal.mailbox().of(email).isEmpty());
        List<Mailbox.Mail> mails = portal.mailbox().of(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).contains("Votre compte Portail Familles est ouvert");
        Matcher link = LINK.matcher(mails.get(0).text());
        assertThat(link.find()).as("a password link in: " + mails.get(0).text()).isTrue();
        assertThat(mails.get(0).text()).doesNotContain("Demo-").doesNotContainIgnoringCase("mot de passe : ");

        try (Browser browser = new Browser(390, 844)) {
            browser.open(link.group());
            browser.driver().findElement(By.id("motDePasse")).sendKeys("Une-phrase-de-passe-2026");
            browser.driver().findElement(By.id("confirmation")).sendKeys("Une-phrase-de-passe-2026");
            browser.screenshot("mot-de-passe-definir");
            browser.clickAndNavigate(By.cssSelector("form button[type=submit]"));
            browser.waitingUpTo(Duration.ofSeconds(45)).until(ExpectedConditions.urlContains("/mot-de-passe/enregistre"));

            browser.open(portal.url() + "/");
            browser.waitingUpTo(Duration.ofSeconds(45)).until(ExpectedConditions.urlContains("/connexion"));
            browser.driver().findElement(By.id("username")).sendKeys(email);
            browser.driver().findElement(By.id("password")).sendKeys("Une-phrase-de-passe-2026");
            browser.clickAndNavigate(By.cssSelector("form button[type=submit]"));
            browser.waitingUpTo(Duration.ofSeconds(45))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Mon tableau de bord"));
            browser.screenshot("premiere-connexion-tableau-de-bord");

            // the same link cannot be used twice
            browser.open(link.group());
            assertThat(browser.driver().getPageSource()).doesNotContain("id=\"motDePasse\"");
        }
        assertThat(familyId).startsWith("fam-");
    }

    private String openCompleteFile(RunningPortal portal, String agent, String email) throws Exception {
        HttpResponse<String> opened = portal.send("POST", "/api/families", agent, """
                {"guardian":{"firstName":"Nadia","lastName":"Benali","email":"%s",
                 "address":{"street":"4 allée des Arbousiers","postalCode":"33121","city":"Carcans"},
                 "mobilePhone":"06 11 22 33 44"},
                 "quotient":{"value":640,"proofDate":"2026-09-15"}}""".formatted(email));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String familyId = json.readTree(opened.body()).get("id").asString();
        HttpResponse<String> child = portal.send("POST", "/api/families/" + familyId + "/children", agent, """
                {"firstName":"Sami","lastName":"Benali","birthDate":"2018-05-04","school":"École des Pins",
                 "schoolClass":"CE2","pickUp":{"persons":[],"nobody":true},"imageConsent":false}""");
        assertThat(child.statusCode()).as(child.body()).isEqualTo(201);
        HttpResponse<String> completed = portal.send("POST", "/api/families/" + familyId + "/completion", agent, null);
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
        return familyId;
    }
}
