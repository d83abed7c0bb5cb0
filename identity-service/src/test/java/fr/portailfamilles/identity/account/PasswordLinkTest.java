package fr.portailfamilles.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.account.password.SettingPasswords;
import fr.portailfamilles.identity.support.AuthorizationCodeFlow.LoginRefused;
import fr.portailfamilles.identity.support.Browser;
import fr.portailfamilles.identity.support.Fixtures;
import fr.portailfamilles.identity.support.IdentityTest;
import fr.portailfamilles.identity.support.Mails;
import fr.portailfamilles.identity.support.TestMailServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Password links serve once, expire, and « Mot de passe oublié » never tells who has an account. */
class PasswordLinkTest extends IdentityTest {

    static final String NEW_PASSWORD = "Le vent se lève sur Carcans";

    @Autowired
    SettingPasswords passwords;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aLinkServesOnlyOnce() {
        Account parent = fixtures.activeParent();
        String link = linkMailedTo(parent);
        Browser browser = new Browser(port);

        HttpResponse<String> first = choose(browser, link, NEW_PASSWORD);
        assertThat(Browser.location(first)).endsWith("/mot-de-passe/enregistre");

        HttpResponse<String> again = browser.get(pathOf(link));
        assertThat(again.body()).contains("Ce lien n’est plus valable");
        HttpResponse<String> replay = browser.submit("/mot-de-passe/oublie", "/mot-de-passe/definir", Map.of(
                "jeton", Mails.tokenOf(link), "motDePasse", "Une autre phrase de passe",
                "confirmation", "Une autre phrase de passe"));
        assertThat(replay.body()).contains("Ce lien n’est plus valable");
        assertThat(flow.logIn(parent.email(), NEW_PASSWORD).accessToken()).isNotBlank();
        assertThatThrownBy(() -> flow.logIn(parent.email(), "Une autre phrase de passe"))
                .isInstanceOf(LoginRefused.class);
    }

    @Test
    void anExpiredLinkNoLongerWorks() {
        Account parent = fixtures.activeParent();
        String link = linkMailedTo(parent);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(parent.id())),
                new Update().set("passwordToken.expiresAt", Date.from(Instant.now().minusSeconds(1))), Account.class);

        Browser browser = new Browser(port);
        assertThat(browser.get(pathOf(link)).body()).contains("Ce lien n’est plus valable", "72 heures");
        HttpResponse<String> refused = browser.submit("/mot-de-passe/oublie", "/mot-de-passe/definir", Map.of(
                "jeton", Mails.tokenOf(link), "motDePasse", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Ce lien n’est plus valable");
        assertThatThrownBy(() -> flow.logIn(parent.email(), NEW_PASSWORD)).isInstanceOf(LoginRefused.class);
    }

    @Test
    void aNewerLinkReplacesTheOlderOne() {
        Account parent = fixtures.activeParent();
        String older = linkMailedTo(parent);
        passwords.mailLink(parent.id());
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.messagesTo(parent.email()).size() == 2);

        assertThat(new Browser(port).get(pathOf(older)).body()).contains("Ce lien n’est plus valable");
    }

    @Test
    void thePageExplainsAPasswordThePolicyRefuses() {
        Account parent = fixtures.activeParent();
        String link = linkMailedTo(parent);
        Browser browser = new Browser(port);

        HttpResponse<String> tooShort = choose(browser, link, "court");
        assertThat(tooShort.statusCode()).isEqualTo(200);
        assertThat(tooShort.body()).contains("Le mot de passe doit contenir au moins 12 caractères.");
        HttpResponse<String> different = browser.submit(pathOf(link), "/mot-de-passe/definir", Map.of(
                "jeton", Mails.tokenOf(link), "motDePasse", NEW_PASSWORD, "confirmation", NEW_PASSWORD + "!"));
        assertThat(different.body()).contains("Les deux mots de passe saisis ne sont pas identiques.");
        // refusals do not consume the link
        assertThat(Browser.location(choose(browser, link, NEW_PASSWORD))).endsWith("/mot-de-passe/enregistre");
    }

    @Test
    void forgottenPasswordMailsALinkToAKnownAddressAndAnswersTheSameForAnUnknownOne() {
        Account parent = fixtures.activeParent();
        String unknown = "inconnu-" + UUID.randomUUID() + "@example.fr";

        HttpResponse<String> known = askForLink(parent.email().toUpperCase());
        HttpResponse<String> stranger = askForLink(unknown);

        assertThat(Browser.location(known)).isEqualTo(Browser.location(stranger));
        assertThat(new Browser(port).follow(known).body()).contains("Si un compte du Portail Familles correspond");
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.messagesTo(parent.email()).size() == 1);
        assertThat(Mails.subject(TestMailServer.messagesTo(parent.email()).get(0)))
                .isEqualTo("Portail Familles : choisir un nouveau mot de passe");
        assertThat(TestMailServer.messagesTo(unknown)).isEmpty();

        String link = Mails.passwordLink(TestMailServer.messagesTo(parent.email()).get(0));
        choose(new Browser(port), link, NEW_PASSWORD);
        assertThat(flow.logIn(parent.email(), NEW_PASSWORD).accessToken()).isNotBlank();
        assertThatThrownBy(() -> flow.logIn(parent.email(), Fixtures.PASSWORD)).isInstanceOf(LoginRefused.class);
    }

    @Test
    void forgottenPasswordDoesNotFloodAnInbox() {
        Account parent = fixtures.activeParent();
        askForLink(parent.email());
        askForLink(parent.email());
        askForLink(parent.email());

        await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.messagesTo(parent.email()).size() == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> TestMailServer.messagesTo(parent.email()).size() == 1);
    }

    private HttpResponse<String> askForLink(String email) {
        return new Browser(port).submit("/mot-de-passe/oublie", "/mot-de-passe/oublie", Map.of("email", email));
    }

    private HttpResponse<String> choose(Browser browser, String link, String password) {
        return browser.submit(pathOf(link), "/mot-de-passe/definir", Map.of("jeton", Mails.tokenOf(link),
                "motDePasse", password, "confirmation", password));
    }

    private String linkMailedTo(Account account) {
        int before = TestMailServer.messagesTo(account.email()).size();
        passwords.mailLink(account.id());
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.messagesTo(account.email()).size() > before);
        return Mails.passwordLink(TestMailServer.messagesTo(account.email()).get(before));
    }

    private static String pathOf(String link) {
        return link.substring(link.indexOf("/mot-de-passe/"));
    }
}
