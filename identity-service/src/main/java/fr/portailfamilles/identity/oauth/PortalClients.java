package fr.portailfamilles.identity.oauth;

import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Registers the portal's own clients at startup: created when missing, brought in line with the
 * configuration otherwise (a new public URL or a rotated secret), their secrets stored hashed.
 * Both are first-party clients: authorization code with PKCE, refresh tokens, no consent screen.
 */
class PortalClients implements ApplicationRunner {

    static final String GATEWAY = "portail-gateway";
    static final String TESTS = "portail-tests";
    static final String TESTS_REDIRECT_URI = "http://127.0.0.1/portail-tests/callback";
    private static final Logger log = LoggerFactory.getLogger(PortalClients.class);

    private final MongoRegisteredClients clients;
    private final OAuthProperties properties;
    private final PasswordEncoder encoder;

    PortalClients(MongoRegisteredClients clients, OAuthProperties properties, PasswordEncoder encoder) {
        this.clients = clients;
        this.properties = properties;
        this.encoder = encoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        register(GATEWAY, "Portail Familles", properties.gatewayClientSecret(), client -> client
                .redirectUri(properties.issuer() + "/login/oauth2/code/portail")
                .postLogoutRedirectUri(properties.issuer() + "/"));
        register(TESTS, "Outils de test et de charge", properties.testsClientSecret(), client -> client
                .redirectUri(TESTS_REDIRECT_URI));
    }

    private void register(String clientId, String name, String secret, Consumer<RegisteredClient.Builder> uris) {
        RegisteredClient existing = clients.findByClientId(clientId);
        boolean secretUnchanged = existing != null && existing.getClientSecret() != null
                && encoder.matches(secret, existing.getClientSecret());
        RegisteredClient.Builder client = RegisteredClient.withId(clientId)
                .clientId(clientId)
                .clientName(name)
                .clientSecret(secretUnchanged ? existing.getClientSecret() : encoder.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .scopes(scopes -> scopes.addAll(Set.of(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL)))
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl())
                        .refreshTokenTimeToLive(properties.refreshTokenTtl()).reuseRefreshTokens(false).build());
        if (existing != null) {
            client.clientIdIssuedAt(existing.getClientIdIssuedAt());
        }
        uris.accept(client);
        clients.save(client.build());
        log.info("OAuth2 client {} {}", clientId, existing == null ? "registered" : "checked");
    }
}
