package fr.portailfamilles.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.account.domain.Role;
import fr.portailfamilles.identity.account.events.IdentityEvents;
import fr.portailfamilles.identity.support.AuthorizationCodeFlow.LoginRefused;
import fr.portailfamilles.identity.support.AuthorizationCodeFlow.Tokens;
import fr.portailfamilles.identity.support.Browser;
import fr.portailfamilles.identity.support.Fixtures;
import fr.portailfamilles.identity.support.IdentityTest;
import fr.portailfamilles.identity.support.Mails;
import fr.portailfamilles.identity.support.TestMailServer;
import fr.portailfamilles.platform.test.KafkaProbe;
import fr.portailfamilles.platform.test.SharedInfrastructure;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.databind.JsonNode;

/** The staff API: only agents and administrators, and only with a valid token of this server. */
class StaffApiTest extends IdentityTest {

    @Autowired
    JWKSource<SecurityContext> jwkSource;

    @Test
    void aParentGetsForbiddenOnEveryStaffEndpoint() {
        Account parent = fixtures.activeParent();
        Account other = fixtures.activeParent();
        String token = accessTokenOf(parent);

        List<HttpResponse<String>> answers = List.of(
                api.get("/api/identity/accounts?q=parent", token),
                api.get("/api/identity/accounts/" + other.id(), token),
                api.get("/api/identity/accounts/" + other.id() + "/logins", token),
                api.post("/api/identity/accounts/" + other.id() + "/lock", token, ""),
                api.post("/api/identity/accounts/" + other.id() + "/unlock", token, ""),
                api.post("/api/identity/accounts/" + other.id() + "/password-link", token, ""),
                api.put("/api/identity/accounts/" + parent.id() + "/email", token, "{\"email\":\"moi@example.fr\"}"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(403);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(api.json(answer).get("code").asString()).isEqualTo("acces-refuse");
            assertThat(api.json(answer).get("detail").asString())
                    .isEqualTo("Vous n'avez pas les droits nécessaires pour cette action.");
        });
        assertThat(reload(parent).email()).isEqualTo(parent.email());
    }

    @Test
    void anExpiredTokenSignedByThisServerIsRefused() {
        Account agent = fixtures.activeStaff(Role.STAFF);
        Instant longAgo = Instant.now().minus(Duration.ofHours(1));
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer("http://localhost:8080").subject(agent.id())
                .issuedAt(longAgo).expiresAt(longAgo.plus(Duration.ofMinutes(15))).claim("roles", List.of("STAFF"))
                .build();
        String expired = new NimbusJwtEncoder(jwkSource).encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).build(), claims)).getTokenValue();

        HttpResponse<String> answer = api.get("/api/identity/accounts", expired);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(api.json(answer).get("code").asString()).isEqualTo("authentification-requise");
    }

    @Test
    void aTamperedTokenIsRefused() {
        Account parent = fixtures.activeParent();
        String[] parts = accessTokenOf(parent).split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"PARENT\"", "\"ADMIN\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        HttpResponse<String> answer = api.get("/api/identity/accounts", tampered);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void staffFindAccountsWithoutSeeingSecrets() {
        Account parent = fixtures.activeParent();
        String token = accessTokenOf(fixtures.activeStaff(Role.STAFF));

        HttpResponse<String> answer = api.get("/api/identity/accounts?q=" + parent.familyId().toUpperCase(), token);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode page = api.json(answer);
        assertThat(page.get("total").asLong()).isEqualTo(1);
        JsonNode found = page.get("accounts").get(0);
        assertThat(found.get("id").asString()).isEqualTo(parent.id());
        assertThat(found.get("email").asString()).isEqualTo(parent.email());
        assertThat(found.get("state").asString()).isEqualTo("ACTIVE");
        assertThat(answer.body()).doesNotContain("passwordHash", "passwordToken", "pendingMails", "outbox", "{bcrypt}");
        assertThat(api.get("/api/identity/accounts?size=500", token).statusCode()).isEqualTo(400);
        assertThat(api.json(api.get("/api/identity/accounts/inconnu", token)).get("code").asString())
                .isEqualTo("compte-introuvable");
    }

    @Test
    void lockingAnAccountStopsItsLoginsAndRefreshesUntilUnlocked() {
        Account parent = fixtures.activeParent();
        Tokens parentTokens = flow.logIn(parent.email(), Fixtures.PASSWORD);
        String agent = accessTokenOf(fixtures.activeStaff(Role.STAFF));

        HttpResponse<String> locked = api.post("/api/identity/accounts/" + parent.id() + "/lock", agent, "");

        assertThat(locked.statusCode()).isEqualTo(200);
        assertThat(api.json(locked).get("state").asString()).isEqualTo("LOCKED");
        assertThatThrownBy(() -> flow.logIn(parent.email(), Fixtures.PASSWORD)).isInstanceOf(LoginRefused.class);
        assertThat(flow.rawTokenRequest(Map.of("grant_type", "refresh_token", "refresh_token",
                parentTokens.refreshToken())).statusCode()).isEqualTo(400);

        assertThat(api.json(api.post("/api/identity/accounts/" + parent.id() + "/unlock", agent, ""))
                .get("state").asString()).isEqualTo("ACTIVE");
        assertThat(flow.logIn(parent.email(), Fixtures.PASSWORD).accessToken()).isNotBlank();
    }

    @Test
    void onlyAnAdministratorManagesAStaffAccount() {
        Account colleague = fixtures.activeStaff(Role.STAFF);
        String agent = accessTokenOf(fixtures.activeStaff(Role.STAFF));
        String admin = accessTokenOf(fixtures.activeStaff(Role.ADMIN));

        HttpResponse<String> refused = api.post("/api/identity/accounts/" + colleague.id() + "/lock", agent, "");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(api.json(refused).get("code").asString()).isEqualTo("reserve-aux-administrateurs");

        assertThat(api.post("/api/identity/accounts/" + colleague.id() + "/lock", admin, "").statusCode())
                .isEqualTo(200);
    }

    @Test
    void staffSeeTheLastLoginsAndFailuresOfAnAccount() {
        Account parent = fixtures.activeParent();
        new Browser(port, "203.0.113.7").logIn(parent.email(), "pas le bon mot de passe");
        flow.logIn(parent.email(), Fixtures.PASSWORD);
        String agent = accessTokenOf(fixtures.activeStaff(Role.STAFF));

        JsonNode logins = api.json(api.get("/api/identity/accounts/" + parent.id() + "/logins", agent));

        assertThat(logins.get("lastLogins")).hasSize(1);
        assertThat(logins.get("lastLogins").get(0).get("address").asString()).startsWith("198.51.");
        assertThat(logins.get("latestFailures")).hasSize(1);
        assertThat(logins.get("latestFailures").get(0).get("address").asString()).isEqualTo("203.0.113.7");
        assertThat(logins.get("latestFailures").get(0).get("outcome").asString()).isEqualTo("WRONG_CREDENTIALS");
    }

    @Test
    void staffResendThePasswordLink() {
        Account parent = fixtures.activeParent();
        String agent = accessTokenOf(fixtures.activeStaff(Role.STAFF));

        HttpResponse<String> answer = api.post("/api/identity/accounts/" + parent.id() + "/password-link", agent, "");

        assertThat(answer.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.messagesTo(parent.email()).size() == 1);
        assertThat(Mails.passwordLink(TestMailServer.messagesTo(parent.email()).get(0))).contains("jeton=");
    }

    @Test
    void changingTheEmailPublishesTheChangeAndTellsBothAddresses() {
        Account parent = fixtures.activeParent();
        String newEmail = Fixtures.uniqueEmail("nouvelle");
        String agent = accessTokenOf(fixtures.activeStaff(Role.STAFF));

        try (KafkaProbe kafka = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrap(), IdentityEvents.TOPIC)) {
            HttpResponse<String> answer = api.put("/api/identity/accounts/" + parent.id() + "/email", agent,
                    "{\"email\":\"" + newEmail.toUpperCase() + "\"}");

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(api.json(answer).get("email").asString()).isEqualTo(newEmail);
            await().atMost(Duration.ofSeconds(30)).until(() -> !kafka.received(IdentityEvents.TOPIC, parent.id())
                    .isEmpty());
            ConsumerRecord<String, String> changed = kafka.received(IdentityEvents.TOPIC, parent.id()).get(0);
            assertThat(KafkaProbe.header(changed, "ce_type")).isEqualTo("fr.portailfamilles.identity.email-changed.v1");
            JsonNode payload = api.json(changed.value());
            assertThat(payload.get("accountId").asString()).isEqualTo(parent.id());
            assertThat(payload.get("familyId").asString()).isEqualTo(parent.familyId());
            assertThat(payload.get("oldEmail").asString()).isEqualTo(parent.email());
            assertThat(payload.get("newEmail").asString()).isEqualTo(newEmail);
            assertThat(Instant.parse(payload.get("changedAt").asString())).isBeforeOrEqualTo(Instant.now());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.messagesTo(parent.email()).size() == 1
                && TestMailServer.messagesTo(newEmail).size() == 1);
        assertThat(Mails.text(TestMailServer.messagesTo(parent.email()).get(0)))
                .contains("ne permet plus de vous connecter", newEmail);
        assertThat(Mails.text(TestMailServer.messagesTo(newEmail).get(0)))
                .contains("est désormais votre identifiant", parent.email());
        assertThat(flow.logIn(newEmail, Fixtures.PASSWORD).accessToken()).isNotBlank();
        assertThatThrownBy(() -> flow.logIn(parent.email(), Fixtures.PASSWORD)).isInstanceOf(LoginRefused.class);
    }

    @Test
    void anEmailThatIsAnotherAccountsLoginIsRefused() {
        Account parent = fixtures.activeParent();
        Account other = fixtures.activeParent();
        String agent = accessTokenOf(fixtures.activeStaff(Role.STAFF));

        HttpResponse<String> taken = api.put("/api/identity/accounts/" + parent.id() + "/email", agent,
                "{\"email\":\"" + other.email() + "\"}");
        HttpResponse<String> malformed = api.put("/api/identity/accounts/" + parent.id() + "/email", agent,
                "{\"email\":\"pas-une-adresse\"}");

        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(api.json(taken).get("code").asString()).isEqualTo("adresse-email-deja-utilisee");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(api.json(malformed).get("code").asString()).isEqualTo("adresse-email-invalide");
        assertThat(reload(parent).email()).isEqualTo(parent.email());
    }
}
