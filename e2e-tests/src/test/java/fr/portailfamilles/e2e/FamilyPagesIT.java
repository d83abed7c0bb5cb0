package fr.portailfamilles.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 4's pages through the real gateway, in headless Chromium, each on a family of its own
 * opened by staff: « Ma famille » (every child, a child's information saved, the ways to its
 * registrations), « Mes coordonnées » and the staff's « Demandes de modification » (an approved then a
 * refused request, followed on « Mon tableau de bord » without reloading it), and a guardian's e-mail
 * changed by staff in the family file, which becomes the family's login — and back.
 */
@ExtendWith(StartPortal.class)
class FamilyPagesIT {

    static final String AGENT = "agent@mairie-carcans.fr";
    static final String AGENT_PASSWORD = "Demo-Agent-2026!";
    static final String PASSWORD = "Une-phrase-de-passe-2026";
    static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+/mot-de-passe/definir\\?jeton=[A-Za-z0-9_.%=-]+");
    static final Duration LONG = Duration.ofSeconds(45);

    final JsonMapper json = JsonMapper.builder().build();

    /** A family opened and completed by staff for one test: guardian Camille, children Emma (9) and Noé (5). */
    record TestFamily(String id, String email, String guardianId, String guardianName, String emma, String noe) {
    }

    @Test
    void maFamilleShowsEveryChildSavesItsInformationAndLeadsToItsRegistrations() throws Exception {
        RunningPortal portal = StartPortal.portal();
        String agent = portal.login().accessToken(AGENT, AGENT_PASSWORD);
        TestFamily family = openFamily(portal, agent, "Moreau");

        try (Browser browser = new Browser(1280, 1000)) {
            choosePassword(browser, portal, family.email());
            String parent = portal.login().accessToken(family.email(), PASSWORD);
            String pending = requestRegistration(portal, parent, family.emma(), "alsh-mercredis");
            String current = requestRegistration(portal, parent, family.noe(), "aps");
            approve(portal, agent, current);
            awaitDashboardState(portal, parent, pending, "PENDING");
            awaitDashboardState(portal, parent, current, "ACCEPTED");

            Journeys.signIn(browser, portal, "/famille", family.email(), PASSWORD);
            awaitText(browser, By.id("carte-" + family.emma()), "Inscriptions en attente de traitement (1)");
            awaitText(browser, By.id("carte-" + family.noe()), "Inscriptions en cours (1)");
            assertThat(browser.driver().findElements(By.cssSelector("#enfants-liste article"))).hasSize(2);
            assertThat(text(browser, "enfants-liste")).contains("Emma Moreau", "Noé Moreau", "CE2", "Grande section");
            assertThat(browser.driver().findElements(By.cssSelector("#carte-" + family.noe()
                    + " a[href='/reservations?inscription=" + current + "']"))).hasSize(1);
            scrollTo(browser, By.id("carte-" + family.emma()));
            browser.screenshot("famille-enfants");

            editEmma(browser, family);
            browser.screenshot("famille-enfant-enregistre");
            browser.open(portal.url() + "/famille");
            awaitText(browser, By.id("carte-" + family.emma()), "École du Bourg — CM1");
            browser.driver().findElement(By.cssSelector("#carte-" + family.emma() + " details > summary")).click();
            assertThat(browser.driver().findElement(By.id("enfant-" + family.emma() + "-allergies")).getAttribute("value"))
                    .isEqualTo("Pollen");
            assertThat(browser.driver().findElement(By.id("enfant-" + family.emma() + "-regime")).getAttribute("value"))
                    .isEqualTo("Sans porc");
            scrollTo(browser, By.id("carte-" + family.emma()));
            browser.screenshot("famille-apres-rechargement");

            browser.clickAndNavigate(By.cssSelector("#carte-" + family.emma() + " a[href$='#en-attente']"));
            browser.waitingUpTo(LONG).until(ExpectedConditions.urlContains("enfant=" + family.emma()));
            awaitText(browser, By.id("en-attente"), "ALSH");
            assertThat(text(browser, "detail-titre")).isEqualTo("Inscriptions d’Emma Moreau");
            browser.screenshot("famille-vers-inscriptions-en-attente");

            browser.open(portal.url() + "/famille");
            awaitText(browser, By.id("carte-" + family.noe()), "Inscriptions en cours (1)");
            browser.clickAndNavigate(By.cssSelector("#carte-" + family.noe() + " a[href$='#en-cours']"));
            browser.waitingUpTo(LONG).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#en-cours a[href='/reservations?inscription=" + current + "']")));
            assertThat(text(browser, "detail-titre")).isEqualTo("Inscriptions de Noé Moreau");
            browser.screenshot("famille-vers-inscriptions-en-cours");

            browser.open(portal.url() + "/famille");
            awaitText(browser, By.id("carte-" + family.emma()), "Nouvelle inscription pour Emma");
            browser.clickAndNavigate(By.cssSelector("#carte-" + family.emma() + " a[href$='&nouvelle=1']"));
            browser.waitingUpTo(LONG).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#nouvelle-form input[name=activite]")));
            assertThat(text(browser, "activites-legende")).isEqualTo("Choisissez l’activité souhaitée pour Emma");
            browser.screenshot("famille-vers-nouvelle-inscription");

            // « Mon tableau de bord »: the registration request, then its approval without reloading the page
            browser.open(portal.url() + "/");
            WebElement row = awaitDashboardRow(browser, "Emma", "En attente de traitement");
            assertThat(row.getText()).contains("Inscription");
            browser.screenshot("tableau-de-bord-inscription-en-attente");
            approve(portal, agent, pending);
            awaitDashboardRow(browser, "Emma", "Acceptée");
            browser.screenshot("tableau-de-bord-inscription-acceptee");
        }
    }

    @Test
    void mesCoordonneesAreARequestThatStaffApproveOrRefuseAndTheDashboardFollows() throws Exception {
        RunningPortal portal = StartPortal.portal();
        String agent = portal.login().accessToken(AGENT, AGENT_PASSWORD);
        TestFamily family = openFamily(portal, agent, "Lefebvre");

        try (Browser parent = new Browser(1280, 1100); Browser staff = new Browser(1400, 1000)) {
            choosePassword(parent, portal, family.email());
            Journeys.signIn(parent, portal, "/coordonnees", family.email(), PASSWORD);
            awaitText(parent, By.id("coordonnees-actuelles"), family.email());
            WebElement email = parent.driver().findElement(By.id("email"));
            assertThat(email.getAttribute("readonly")).isNotNull();
            assertThat(email.getAttribute("value")).isEqualTo(family.email());
            assertThat(email.getAttribute("aria-describedby")).isEqualTo("email-aide");
            assertThat(text(parent, "email-aide")).isEqualTo(
                    "L’adresse e-mail ne peut être modifiée que par le service : pour la changer, adressez-vous à lui.");
            parent.screenshot("coordonnees-avant");

            replace(parent, "rue", "8 avenue de l’Océan");
            replace(parent, "tel-portable", "07 98 76 54 32");
            parent.driver().findElement(By.cssSelector("#demande-form button[type=submit]")).click();
            awaitText(parent, By.id("demande-en-attente"), "8 avenue de l’Océan");
            assertThat(text(parent, "coordonnees-message")).contains("en attente de traitement");
            assertThat(text(parent, "coordonnees-actuelles")).contains("3 rue des Mouettes").doesNotContain("Océan");
            // one pending request per guardian: the form waits for the decision
            assertThat(parent.driver().findElement(By.id("rue")).isEnabled()).isFalse();
            assertThat(parent.driver().findElement(By.cssSelector("#demande-form button[type=submit]")).isEnabled())
                    .isFalse();
            assertThat(text(parent, "demande-impossible")).startsWith("Une demande de modification des coordonnées de "
                    + "Camille Lefebvre est en attente de traitement");
            scrollTo(parent, By.id("demande-en-attente"));
            parent.screenshot("coordonnees-demande-en-attente");

            parent.open(portal.url() + "/");
            awaitDashboardRow(parent, "Coordonnées de Camille Lefebvre", "En attente de traitement");
            parent.screenshot("tableau-de-bord-coordonnees-en-attente");

            Journeys.signIn(staff, portal, "/admin/modifications", AGENT, AGENT_PASSWORD);
            awaitText(staff, By.id("modifications-liste"), family.id());
            scrollTo(staff, By.xpath(rowOf(family)));
            staff.screenshot("modifications-file-d-attente");
            staff.driver().findElement(requestButton(family, "Appliquer")).click();
            awaitText(staff, By.id("modifications-message"), "Les coordonnées de Camille Lefebvre ont été modifiées.");
            staff.screenshot("modifications-appliquee");

            // the open dashboard follows the decision by itself
            awaitDashboardRow(parent, "Coordonnées de Camille Lefebvre", "Acceptée");
            parent.screenshot("tableau-de-bord-coordonnees-acceptee");
            parent.open(portal.url() + "/coordonnees");
            awaitText(parent, By.id("coordonnees-actuelles"), "8 avenue de l’Océan");
            assertThat(text(parent, "coordonnees-actuelles")).contains("Portable : 07 98 76 54 32");
            awaitText(parent, By.id("historique"), "Acceptée");
            assertThat(parent.driver().findElement(By.id("rue")).isEnabled()).isTrue();
            parent.screenshot("coordonnees-appliquees");

            replace(parent, "tel-domicile", "05 56 00 11 22");
            parent.driver().findElement(By.cssSelector("#demande-form button[type=submit]")).click();
            awaitText(parent, By.id("demande-en-attente"), "05 56 00 11 22");
            staff.open(portal.url() + "/admin/modifications");
            awaitText(staff, By.id("modifications-liste"), family.id());
            staff.driver().findElement(requestButton(family, "Refuser")).click();
            WebElement reason = staff.driver().findElement(By.xpath(rowOf(family) + "//input"));
            staff.waitingUpTo(LONG).until(ExpectedConditions.visibilityOf(reason));
            reason.sendKeys("Merci de joindre un justificatif de domicile.");
            staff.screenshot("modifications-refus-motif");
            staff.driver().findElement(By.xpath(rowOf(family) + "//button[normalize-space()='Confirmer le refus']")).click();
            awaitText(staff, By.id("modifications-message"), "La demande de Camille Lefebvre a été refusée.");

            parent.open(portal.url() + "/coordonnees");
            awaitText(parent, By.id("historique"), "Refusée : Merci de joindre un justificatif de domicile.");
            assertThat(text(parent, "coordonnees-actuelles")).doesNotContain("05 56 00 11 22");
            assertThat(parent.driver().findElement(By.id("demande-en-attente")).isDisplayed()).isFalse();
            scrollTo(parent, By.id("historique"));
            parent.screenshot("coordonnees-refusee");
            parent.open(portal.url() + "/");
            WebElement refused = awaitDashboardRow(parent, "Coordonnées de Camille Lefebvre", "Refusée");
            assertThat(refused.getText()).contains("motif : Merci de joindre un justificatif de domicile.");
            parent.screenshot("tableau-de-bord-coordonnees-refusee");
        }
    }

    @Test
    void aGuardiansEmailChangedByStaffInTheFileBecomesTheLoginAndALoginChangeComesBackToTheFile()
            throws Exception {
        RunningPortal portal = StartPortal.portal();
        String agent = portal.login().accessToken(AGENT, AGENT_PASSWORD);
        TestFamily family = openFamily(portal, agent, "Garnier");
        String newEmail = "camille.garnier+" + UUID.randomUUID().toString().substring(0, 8) + "@example.fr";

        try (Browser parent = new Browser(1280, 1000); Browser staff = new Browser(1400, 1100)) {
            choosePassword(parent, portal, family.email());

            Journeys.signIn(staff, portal, "/admin/familles", AGENT, AGENT_PASSWORD);
            staff.driver().findElement(By.id("recherche")).sendKeys(family.id());
            staff.driver().findElement(By.cssSelector("#recherche-form button[type=submit]")).click();
            // the list of every family shown on arrival is redrawn with the one found
            awaitText(staff, By.id("familles-message"), "1 famille(s) trouvée(s).");
            staff.waitingUpTo(LONG).ignoring(StaleElementReferenceException.class).until(driver -> {
                driver.findElement(By.xpath("//button[normalize-space()='Ouvrir le dossier Famille Garnier']")).click();
                return true;
            });
            awaitText(staff, By.id("dossier-titre"), family.id());
            staff.driver().findElement(By.xpath("//details/summary[normalize-space()='Modifier "
                    + family.guardianName() + "']")).click();
            replace(staff, "rl-" + family.guardianId() + "-email", newEmail);
            staff.screenshot("familles-responsable-modifier-email");
            staff.driver().findElement(By.xpath("//form[.//input[@id='rl-" + family.guardianId()
                    + "-email']]//button[@type='submit']")).click();
            awaitText(staff, By.id("dossier-message"), "Nouvelle adresse e-mail : " + newEmail + ".");
            staff.screenshot("familles-responsable-email-enregistre");
        }

        // identity follows the file: the new address is the login, the former one no longer is
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> !portal.login().accessToken(newEmail, PASSWORD).isBlank());
        assertThatThrownBy(() -> portal.login().accessToken(family.email(), PASSWORD))
                .isInstanceOf(IllegalStateException.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> subjects(portal, family.email()).size() == 2
                && subjects(portal, newEmail).size() == 1);
        try (Browser parent = new Browser(1280, 1000)) {
            Journeys.signIn(parent, portal, "/coordonnees", newEmail, PASSWORD);
            awaitText(parent, By.id("coordonnees-actuelles"), newEmail);
            assertThat(parent.driver().findElement(By.id("email")).getAttribute("value")).isEqualTo(newEmail);
            assertThat(text(parent, "coordonnees-actuelles")).contains("Camille Garnier (vous)");
            parent.screenshot("coordonnees-nouvel-identifiant");
        }

        // and back: staff change the login on the account, the family file follows
        JsonNode accounts = json.readTree(portal.get("/api/identity/accounts?q=" + family.id(), agent).body());
        String accountId = accounts.at("/accounts/0/id").asString();
        String third = "c.garnier+" + UUID.randomUUID().toString().substring(0, 8) + "@example.fr";
        HttpResponse<String> changed = portal.send("PUT", "/api/identity/accounts/" + accountId + "/email", agent,
                "{\"email\":\"" + third + "\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> third.equals(json.readTree(
                portal.get("/api/families/" + family.id(), agent).body()).at("/guardians/0/email").asString()));
    }

    // ----- the family of a test, its account and its requests -----

    private TestFamily openFamily(RunningPortal portal, String agent, String lastName) throws Exception {
        String email = "camille." + lastName.toLowerCase() + "+" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.fr";
        HttpResponse<String> opened = portal.send("POST", "/api/families", agent, """
                {"guardian":{"firstName":"Camille","lastName":"%s","email":"%s",
                 "address":{"street":"3 rue des Mouettes","postalCode":"33121","city":"Carcans"},
                 "mobilePhone":"06 12 34 56 78"},
                 "quotient":{"value":640,"proofDate":"2026-09-15"}}""".formatted(lastName, email));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode file = json.readTree(opened.body());
        String familyId = file.get("id").asString();
        String emma = addChild(portal, agent, familyId, "Emma", lastName, "2017-05-04", "CE2");
        String noe = addChild(portal, agent, familyId, "Noé", lastName, "2021-02-10", "Grande section");
        HttpResponse<String> completed = portal.send("POST", "/api/families/" + familyId + "/completion", agent, null);
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
        return new TestFamily(familyId, email, file.at("/guardians/0/id").asString(), "Camille " + lastName, emma, noe);
    }

    private String addChild(RunningPortal portal, String agent, String familyId, String firstName, String lastName,
            String birthDate, String schoolClass) throws Exception {
        HttpResponse<String> added = portal.send("POST", "/api/families/" + familyId + "/children", agent, """
                {"firstName":"%s","lastName":"%s","birthDate":"%s","school":"École des Pins","schoolClass":"%s",
                 "pickUp":{"persons":[{"firstName":"Jeanne","lastName":"%s","relationship":"Grand-mère",
                 "phone":"06 98 76 54 32"}],"nobody":false},"imageConsent":true}"""
                .formatted(firstName, lastName, birthDate, schoolClass, lastName));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode children = json.readTree(added.body()).get("children");
        return children.get(children.size() - 1).get("id").asString();
    }

    /** The mail of the account opening, its link, and the password chosen on the identity service's page. */
    private static void choosePassword(Browser browser, RunningPortal portal, String email) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> !portal.mailbox().of(email).isEmpty());
        Matcher link = LINK.matcher(portal.mailbox().of(email).get(0).text());
        assertThat(link.find()).isTrue();
        browser.open(link.group());
        browser.waitingUpTo(LONG).until(ExpectedConditions.presenceOfElementLocated(By.id("motDePasse")))
                .sendKeys(PASSWORD);
        browser.driver().findElement(By.id("confirmation")).sendKeys(PASSWORD);
        browser.clickAndNavigate(By.cssSelector("form button[type=submit]"));
        browser.waitingUpTo(LONG).until(ExpectedConditions.urlContains("/mot-de-passe/enregistre"));
    }

    /** Asks for a registration as soon as registration-service knows the complete file and the child. */
    private String requestRegistration(RunningPortal portal, String parent, String childId, String activityId) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            HttpResponse<String> sent = portal.send("POST", "/api/registrations", parent,
                    "{\"childId\":\"" + childId + "\",\"activityId\":\"" + activityId + "\"}");
            if (sent.statusCode() != 202) {
                return false;
            }
            id[0] = json.readTree(sent.body()).get("id").asString();
            return true;
        });
        return id[0];
    }

    private static void approve(RunningPortal portal, String agent, String registrationId) throws Exception {
        HttpResponse<String> approved = portal.send("POST", "/api/registrations/" + registrationId + "/approval",
                agent, null);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    }

    private void awaitDashboardState(RunningPortal portal, String parent, String requestId, String state) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (JsonNode line : json.readTree(portal.get("/api/families/me/dashboard", parent).body())) {
                if (requestId.equals(line.get("requestId").asString())) {
                    return state.equals(line.get("state").asString());
                }
            }
            return false;
        });
    }

    private static List<String> subjects(RunningPortal portal, String email) throws Exception {
        return portal.mailbox().of(email).stream().map(Mailbox.Mail::subject).toList();
    }

    // ----- the pages -----

    private static void editEmma(Browser browser, TestFamily family) {
        String prefix = "enfant-" + family.emma();
        browser.driver().findElement(By.cssSelector("#carte-" + family.emma() + " details > summary")).click();
        replace(browser, prefix + "-ecole", "École du Bourg");
        replace(browser, prefix + "-classe", "CM1");
        replace(browser, prefix + "-allergies", "Pollen");
        replace(browser, prefix + "-regime", "Sans porc");
        browser.driver().findElement(By.cssSelector("#carte-" + family.emma() + " form button[type=submit]")).click();
        awaitText(browser, By.cssSelector("#carte-" + family.emma() + " .enregistre"),
                "Les informations d’Emma ont été enregistrées.");
    }

    /** The row of the dashboard whose object contains {@code object}, once its state reads {@code state}. */
    private static WebElement awaitDashboardRow(Browser browser, String object, String state) {
        By row = By.xpath("//div[@id='demandes-liste']//tr[td[contains(., '" + object + "')]]");
        browser.waitingUpTo(Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(row).stream().anyMatch(r -> r.getText().contains(state)));
        return browser.driver().findElements(row).stream().filter(r -> r.getText().contains(state)).findFirst()
                .orElseThrow();
    }

    private static String rowOf(TestFamily family) {
        return "//div[@id='modifications-liste']//tr[td[contains(., '" + family.id() + "')]]";
    }

    private static By requestButton(TestFamily family, String action) {
        return By.xpath(rowOf(family) + "//button[@aria-label='" + action + " la demande de " + family.guardianName()
                + "']");
    }

    /** Brings {@code what} into view for the screenshot that follows. */
    private static void scrollTo(Browser browser, By what) {
        browser.driver().executeScript("arguments[0].scrollIntoView()", browser.driver().findElement(what));
    }

    private static void replace(Browser browser, String id, String value) {
        WebElement field = browser.waitingUpTo(LONG).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(value);
    }

    private static void awaitText(Browser browser, By where, String expected) {
        browser.waitingUpTo(LONG).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(where, expected));
    }

    private static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }
}
