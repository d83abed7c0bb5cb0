package fr.portailfamilles.identity.oauth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The authorization server as the portal sees it.
 *
 * @param issuer              the public URL of the portal (the gateway), which is the tokens' issuer
 * @param gatewayClientSecret secret of the {@code portail-gateway} client
 * @param testsClientSecret   secret of the {@code portail-tests} client used by test and load tools
 * @param accessTokenTtl      lifetime of an access token
 * @param refreshTokenTtl     lifetime of a refresh token
 */
@ConfigurationProperties("portail.identity.oauth")
public record OAuthProperties(@DefaultValue("http://localhost:8080") String issuer, String gatewayClientSecret,
        String testsClientSecret, @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("8h") Duration refreshTokenTtl) {

    public OAuthProperties {
        issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }
}
