package fr.portailfamilles.gateway.security;

/** Paths served by the identity service and reached through the gateway, open to anyone. */
public final class IdentityPaths {

    public static final String[] PATTERNS = {"/oauth2/authorize", "/oauth2/token", "/oauth2/jwks", "/oauth2/revoke",
        "/oauth2/introspect", "/connect/logout", "/userinfo", "/.well-known/**", "/connexion", "/connexion/**",
        "/mot-de-passe/**", "/identity-assets/**"};

    private IdentityPaths() {
    }
}
