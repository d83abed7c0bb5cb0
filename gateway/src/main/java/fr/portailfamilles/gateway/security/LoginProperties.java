package fr.portailfamilles.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway reaches the identity service for logins.
 *
 * @param publicUrl    the address parents type (the tokens' issuer); the browser is sent to it
 * @param identityUrl  the identity service as the gateway reaches it, for server-to-server calls
 * @param clientId     the gateway's client at the identity service
 * @param clientSecret its secret
 */
@ConfigurationProperties("portail.login")
public record LoginProperties(@DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("http://localhost:8081") String identityUrl, @DefaultValue("portail-gateway") String clientId,
        @DefaultValue("portail-gateway-secret-dev") String clientSecret) {

    public static final String REGISTRATION_ID = "portail";
}
