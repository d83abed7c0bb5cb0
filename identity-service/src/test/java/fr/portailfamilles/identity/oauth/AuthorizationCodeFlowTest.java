package fr.portailfamilles.identity.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.account.domain.Role;
import fr.portailfamilles.identity.support.AuthorizationCodeFlow;
import fr.portailfamilles.identity.support.AuthorizationCodeFlow.Tokens;
import fr.portailfamilles.identity.support.Browser;
import fr.portailfamilles.identity.support.Fixtures;
import fr.portailfamilles.identity.support.IdentityTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.JsonNode;

class AuthorizationCodeFlowTest extends IdentityTest {

    static final String ISSUER = "http://localhost:8080";

    @Test
    void parentGetsASignedJwtWithHerClaimsThroughTheAuthorizationCodeFlowWithPkce() {
        Account parent = fixtures.activeParent();

        Tokens tokens = flow.logIn(parent.email(), Fixtures.PASSWORD);

        Jwt jwt = decoderFromJwks().decode(tokens.accessToken());
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
        assertThat(jwt.getSubject()).isEqualTo(parent.id());
        assertThat(jwt.getIssuer()).hasToString(ISSUER);
        assertThat(jwt.getClaimAsString("email")).isEqualTo(parent.email());
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Parent Test");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("PARENT");
        assertThat(jwt.getClaimAsString("family_id")).isEqualTo(parent.familyId());
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
        assertThat(tokens.expiresIn()).isBetween(890L, 900L);
        assertThat(tokens.refreshToken()).isNotBlank();
        assertThat(decoderFromJwks().decode(tokens.idToken()).getSubject()).isEqualTo(parent.id());
    }

    @Test
    void theGatewayClientLogsInAndOutWithItsRegisteredAddresses() {
        Account parent = fixtures.activeParent();
        AuthorizationCodeFlow gateway = new AuthorizationCodeFlow(port, "portail-gateway",
                "portail-gateway-secret-dev", "http://localhost:8080/login/oauth2/code/portail");
        Browser browser = new Browser(port);

        Tokens tokens = gateway.logIn(browser, parent.email(), Fixtures.PASSWORD);
        assertThat(decoderFromJwks().decode(tokens.accessToken()).getAudience()).containsExactly("portail-gateway");
        assertThat(decoderFromJwks().decode(tokens.idToken()).getClaimAsStringList("roles")).containsExactly("PARENT");

        HttpResponse<String> loggedOut = browser.get("/connect/logout?id_token_hint=" + tokens.idToken()
                + "&client_id=portail-gateway&post_logout_redirect_uri=http://localhost:8080/&state=fin");

        assertThat(Browser.location(loggedOut)).isEqualTo("http://localhost:8080/?state=fin");
        HttpResponse<String> again = browser.get(flow.authorizeUrl(
                AuthorizationCodeFlow.challengeOf(AuthorizationCodeFlow.verifier()), "s4"));
        assertThat(Browser.location(again)).isEqualTo("/connexion");
    }

    @Test
    void userinfoAnswersWithTheAccountsProfileAndEmail() {
        Account parent = fixtures.activeParent();
        String token = flow.logIn(parent.email(), Fixtures.PASSWORD).accessToken();

        JsonNode userinfo = api.json(api.get("/userinfo", token));

        assertThat(userinfo.get("sub").asString()).isEqualTo(parent.id());
        assertThat(userinfo.get("email").asString()).isEqualTo(parent.email());
        assertThat(api.get("/userinfo", null).statusCode()).isEqualTo(401);
    }

    @Test
    void staffTokenCarriesItsRoleAndNoFamily() {
        Account admin = fixtures.activeStaff(Role.ADMIN);

        Jwt jwt = decoderFromJwks().decode(flow.logIn(admin.email(), Fixtures.PASSWORD).accessToken());

        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("ADMIN");
        assertThat(jwt.hasClaim("family_id")).isFalse();
    }

    @Test
    void refreshTokenGivesANewAccessTokenAndCannotBeReused() {
        Account parent = fixtures.activeParent();
        Tokens first = flow.logIn(parent.email(), Fixtures.PASSWORD);

        Tokens refreshed = flow.refresh(first.refreshToken());

        assertThat(decoderFromJwks().decode(refreshed.accessToken()).getSubject()).isEqualTo(parent.id());
        assertThat(refreshed.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(flow.rawTokenRequest(Map.of("grant_type", "refresh_token", "refresh_token",
                first.refreshToken())).statusCode()).isEqualTo(400);
    }

    @Test
    void refusesAnAuthorizationRequestWithoutPkce() {
        Account parent = fixtures.activeParent();
        Browser browser = new Browser(port);
        browser.get(flow.authorizeUrl(null, "s1"));
        browser.logIn(parent.email(), Fixtures.PASSWORD);

        HttpResponse<String> answer = browser.get(flow.authorizeUrl(null, "s1"));

        assertThat(Browser.location(answer)).startsWith(AuthorizationCodeFlow.REDIRECT_URI)
                .contains("error=invalid_request").doesNotContain("code=");
    }

    @Test
    void aCodeServesOnceAndOnlyWithItsVerifier() {
        Account parent = fixtures.activeParent();
        Browser browser = new Browser(port);
        String verifier = AuthorizationCodeFlow.verifier();
        browser.get(flow.authorizeUrl(AuthorizationCodeFlow.challengeOf(verifier), "s2"));
        String code = AuthorizationCodeFlow.codeOf(Browser.location(browser.follow(
                browser.logIn(parent.email(), Fixtures.PASSWORD))));

        assertThat(flow.rawTokenRequest(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", AuthorizationCodeFlow.REDIRECT_URI, "code_verifier",
                AuthorizationCodeFlow.verifier())).statusCode()).isEqualTo(400);
    }

    @Test
    void publishesTheOpenIdConfigurationWithThePortalAsIssuer() {
        JsonNode configuration = api.json(api.get("/.well-known/openid-configuration", null));

        assertThat(configuration.get("issuer").asString()).isEqualTo(ISSUER);
        assertThat(configuration.get("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(configuration.get("end_session_endpoint").asString()).isEqualTo(ISSUER + "/connect/logout");
    }

    @Test
    void unknownUserIsSentBackToTheLoginPageWithAFrenchMessage() {
        Browser browser = new Browser(port);
        browser.get(flow.authorizeUrl(AuthorizationCodeFlow.challengeOf(AuthorizationCodeFlow.verifier()), "s3"));

        HttpResponse<String> back = browser.logIn("personne-" + UUID.randomUUID() + "@example.fr", "pas le bon");

        assertThat(Browser.location(back)).endsWith("/connexion?erreur");
        HttpResponse<String> page = browser.follow(back);
        assertThat(page.body()).contains("Connexion — Portail Familles", "Identifiant ou mot de passe incorrect.",
                "Mot de passe oublié ?");
    }

    private NimbusJwtDecoder decoderFromJwks() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri("http://localhost:" + port + "/oauth2/jwks").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        return decoder;
    }
}
