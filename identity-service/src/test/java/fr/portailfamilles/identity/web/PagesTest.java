package fr.portailfamilles.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.identity.support.AuthorizationCodeFlow;
import fr.portailfamilles.identity.support.Browser;
import fr.portailfamilles.identity.support.Fixtures;
import fr.portailfamilles.identity.support.IdentityTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The French pages: reachable without an account, accessible markup, the portal's style, their own session cookie. */
class PagesTest extends IdentityTest {

    @Test
    void theLoginPageIsFrenchAndAccessible() {
        HttpResponse<String> page = new Browser(port).get("/connexion");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"fr\"", "<title>Connexion — Portail Familles</title>",
                "<h1>Connexion — Portail Familles</h1>", "<label for=\"username\">Identifiant (adresse e-mail)",
                "autocomplete=\"username\"", "<label for=\"password\">Mot de passe",
                "autocomplete=\"current-password\"",
                "href=\"/mot-de-passe/oublie\">Mot de passe oublié ?</a>", "name=\"_csrf\"",
                "name=\"viewport\"", "class=\"skip-link\" href=\"#contenu\"",
                "/identity-assets/webjars/picocss__pico/", "/css/pico.min.css\"", "/identity-assets/identity.css");
    }

    @Test
    void theAuthorizeRedirectSetsTheIdentityProvidersOwnSessionCookie() {
        HttpResponse<String> toLogin = new Browser(port).get(new AuthorizationCodeFlow(port).authorizeUrl(
                AuthorizationCodeFlow.challengeOf(AuthorizationCodeFlow.verifier()), "etat"));

        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(Browser.location(toLogin)).isEqualTo("/connexion");
        assertThat(toLogin.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("PORTAIL_IDP_SESSION=").contains("HttpOnly", "SameSite=Lax"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/identity-assets/webjars/picocss__pico/css/pico.min.css", "/identity-assets/identity.css"})
    void servesTheStyleSheetsUnderItsOwnAssetPath(String path) {
        HttpResponse<String> css = new Browser(port).get(path);

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/css"));
    }

    @Test
    void thePasswordPagesNeedNoAccount() {
        Browser browser = new Browser(port);

        assertThat(browser.get("/mot-de-passe/oublie").body()).contains("<h1>Mot de passe oublié</h1>",
                "<label for=\"email\">Adresse e-mail", "Recevoir un lien");
        assertThat(browser.get("/mot-de-passe/definir?jeton=inconnu").body())
                .contains("Ce lien n’est plus valable", "Recevoir un nouveau lien");
        assertThat(browser.get("/mot-de-passe/definir").statusCode()).isEqualTo(200);
    }

    @Test
    void behindTheGatewayTheLoginSendsTheBrowserBackToThePublicAddress() {
        var parent = fixtures.activeParent();
        Browser browser = new Browser(port).with("X-Forwarded-Host", "portail.test:8088")
                .with("X-Forwarded-Port", "8088").with("X-Forwarded-Proto", "http");
        String authorize = new AuthorizationCodeFlow(port).authorizeUrl(
                AuthorizationCodeFlow.challengeOf(AuthorizationCodeFlow.verifier()), "etat");

        assertThat(Browser.location(browser.get(authorize))).isEqualTo("/connexion");
        HttpResponse<String> loggedIn = browser.logIn(parent.email(), Fixtures.PASSWORD);

        assertThat(Browser.location(loggedIn)).startsWith("http://portail.test:8088/oauth2/authorize?");
    }

    @Test
    void anotherPageAsksToLogInFirst() {
        HttpResponse<String> answer = new Browser(port).get("/compte");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(Browser.location(answer)).isEqualTo("/connexion");
    }
}
