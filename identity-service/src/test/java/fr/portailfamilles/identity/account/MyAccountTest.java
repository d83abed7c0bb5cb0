package fr.portailfamilles.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.support.Fixtures;
import fr.portailfamilles.identity.support.IdentityTest;
import fr.portailfamilles.identity.support.Mails;
import fr.portailfamilles.identity.support.TestMailServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MyAccountTest extends IdentityTest {

    @Test
    void aParentSeesHerOwnAccount() {
        Account parent = fixtures.activeParent();

        JsonNode me = api.json(api.get("/api/identity/me", accessTokenOf(parent)));

        assertThat(me.get("id").asString()).isEqualTo(parent.id());
        assertThat(me.get("email").asString()).isEqualTo(parent.email());
        assertThat(me.get("familyId").asString()).isEqualTo(parent.familyId());
        assertThat(me.get("roles").get(0).asString()).isEqualTo("PARENT");
        assertThat(me.has("passwordHash")).isFalse();
    }

    @Test
    void aParentChangesHerPasswordWithTheCurrentOneAndIsToldByMail() {
        Account parent = fixtures.activeParent();
        String token = accessTokenOf(parent);

        HttpResponse<String> changed = api.post("/api/identity/me/password", token,
                "{\"currentPassword\":\"" + Fixtures.PASSWORD + "\",\"newPassword\":\"Mon nouveau mot de passe\"}");

        assertThat(changed.statusCode()).isEqualTo(204);
        assertThat(flow.logIn(parent.email(), "Mon nouveau mot de passe").accessToken()).isNotBlank();
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.messagesTo(parent.email()).size() == 1);
        assertThat(Mails.subject(TestMailServer.messagesTo(parent.email()).get(0)))
                .isEqualTo("Portail Familles : votre mot de passe a été modifié");
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneIsRefusedInFrench() {
        Account parent = fixtures.activeParent();
        String token = accessTokenOf(parent);

        HttpResponse<String> wrong = api.post("/api/identity/me/password", token,
                "{\"currentPassword\":\"pas le bon\",\"newPassword\":\"Mon nouveau mot de passe\"}");
        HttpResponse<String> weak = api.post("/api/identity/me/password", token,
                "{\"currentPassword\":\"" + Fixtures.PASSWORD + "\",\"newPassword\":\"motdepasse123\"}");
        HttpResponse<String> missing = api.post("/api/identity/me/password", token, "{\"currentPassword\":\"x\"}");

        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(api.json(wrong).get("code").asString()).isEqualTo("mot-de-passe-actuel-incorrect");
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(api.json(weak).get("code").asString()).isEqualTo("mot-de-passe-trop-courant");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(api.json(missing).get("code").asString()).isEqualTo("donnees-invalides");
        assertThat(flow.logIn(parent.email(), Fixtures.PASSWORD).accessToken()).isNotBlank();
    }
}
