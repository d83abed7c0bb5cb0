package fr.portailfamilles.identity.oauth;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import fr.portailfamilles.identity.account.domain.Accounts;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The authorization server: its endpoints ({@code /oauth2/**}, {@code /userinfo},
 * {@code /connect/logout}, {@code /.well-known/**}) in their own filter chain, its stores in
 * MongoDB and its issuer, the portal's public URL.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuthProperties.class)
class AuthorizationServerConfiguration {

    static final String LOGIN_PAGE = "/connexion";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(Customizer.withDefaults());
        });
        http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated());
        http.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        // a browser or a script sent to the authorize endpoint without a session goes to the French login page
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE),
                PathPatternRequestMatcher.withDefaults().matcher("/oauth2/authorize")));
        return http.build();
    }

    @Bean
    MongoRegisteredClients registeredClientRepository(MongoTemplate mongo) {
        return new MongoRegisteredClients(mongo);
    }

    @Bean
    MongoAuthorizations authorizationService(MongoTemplate mongo, RegisteredClientRepository clients) {
        return new MongoAuthorizations(mongo, clients);
    }

    @Bean
    MongoAuthorizationConsents authorizationConsentService(MongoTemplate mongo, RegisteredClientRepository clients) {
        return new MongoAuthorizationConsents(mongo, clients);
    }

    @Bean
    SigningKeys signingKeys(MongoTemplate mongo, Clock clock) {
        return new SigningKeys(mongo, clock);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        return new ImmutableJWKSet<>(new JWKSet(keys.current()));
    }

    /** Verifies the tokens this server issued, for its own API and its userinfo endpoint. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, OAuthProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(jwkSource).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
        return decoder;
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(OAuthProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    TokenClaims tokenClaims(Accounts accounts) {
        return new TokenClaims(accounts);
    }

    @Bean
    PortalClients portalClients(MongoRegisteredClients clients, OAuthProperties properties, PasswordEncoder encoder) {
        return new PortalClients(clients, properties, encoder);
    }
}
