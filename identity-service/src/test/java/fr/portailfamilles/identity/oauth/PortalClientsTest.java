package fr.portailfamilles.identity.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.identity.support.IdentityTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/** The portal's clients, as stored in MongoDB and read back through the repository. */
class PortalClientsTest extends IdentityTest {

    @Autowired
    MongoRegisteredClients clients;
    @Autowired
    PortalClients portalClients;

    @Test
    void theGatewayIsAConfidentialFirstPartyClientWithPkce() {
        RegisteredClient gateway = clients.findByClientId("portail-gateway");

        assertThat(gateway.getClientAuthenticationMethods())
                .containsExactly(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        assertThat(gateway.getAuthorizationGrantTypes()).containsExactlyInAnyOrder(
                AuthorizationGrantType.AUTHORIZATION_CODE, AuthorizationGrantType.REFRESH_TOKEN);
        assertThat(gateway.getRedirectUris()).containsExactly("http://localhost:8080/login/oauth2/code/portail");
        assertThat(gateway.getPostLogoutRedirectUris()).containsExactly("http://localhost:8080/");
        assertThat(gateway.getScopes()).containsExactlyInAnyOrder("openid", "profile", "email");
        assertThat(gateway.getClientSettings().isRequireProofKey()).isTrue();
        assertThat(gateway.getClientSettings().isRequireAuthorizationConsent()).isFalse();
        assertThat(gateway.getTokenSettings().getAccessTokenTimeToLive()).isEqualTo(Duration.ofMinutes(15));
        assertThat(gateway.getTokenSettings().isReuseRefreshTokens()).isFalse();
        assertThat(gateway.getClientSecret()).startsWith("{bcrypt}");
        assertThat(encoder.matches("portail-gateway-secret-dev", gateway.getClientSecret())).isTrue();
    }

    @Test
    void theTestsClientCallsBackOnTheLoopbackAddress() {
        RegisteredClient tests = clients.findByClientId("portail-tests");

        assertThat(tests.getRedirectUris()).containsExactly("http://127.0.0.1/portail-tests/callback");
        assertThat(tests.getAuthorizationGrantTypes()).doesNotContain(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .extracting(AuthorizationGrantType::getValue).doesNotContain("password");
        assertThat(tests.getClientSettings().isRequireProofKey()).isTrue();
    }

    @Test
    void aRestartKeepsTheClientsAndTheirHashedSecrets() throws Exception {
        String secretBefore = clients.findByClientId("portail-gateway").getClientSecret();

        portalClients.run(null);

        RegisteredClient after = clients.findByClientId("portail-gateway");
        assertThat(after.getClientSecret()).isEqualTo(secretBefore);
        assertThat(after.getId()).isEqualTo("portail-gateway");
    }
}
