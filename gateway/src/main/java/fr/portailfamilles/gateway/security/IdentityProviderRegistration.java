package fr.portailfamilles.gateway.security;

import java.util.Map;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The identity service described without its discovery document: the gateway starts before it
 * could read it (and fetching it through itself at start-up would be circular). The browser
 * goes to the public address; the gateway talks to the service directly.
 */
final class IdentityProviderRegistration {

    private IdentityProviderRegistration() {
    }

    static ClientRegistration of(LoginProperties login) {
        return ClientRegistration.withRegistrationId(LoginProperties.REGISTRATION_ID)
                .clientId(login.clientId())
                .clientSecret(login.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(login.publicUrl() + "/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri(login.publicUrl() + "/oauth2/authorize")
                .tokenUri(login.identityUrl() + "/oauth2/token")
                .jwkSetUri(login.identityUrl() + "/oauth2/jwks")
                .userInfoUri(login.identityUrl() + "/userinfo")
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", login.publicUrl() + "/connect/logout"))
                .clientName("Portail Familles")
                .build();
    }
}
