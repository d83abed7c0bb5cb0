package fr.portailfamilles.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A stand-in for the identity service in service tests: signs access tokens with the same
 * claims the identity service issues and serves its public key as a JWKS over HTTP, so each
 * service validates them through its real resource-server path.
 */
public final class TestTokens {

    public static final String ISSUER = "http://portail.test";

    private final RSAKey key;
    private final RSAKey foreignKey;
    private final HttpServer jwks;

    TestTokens() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            foreignKey = new RSAKeyGenerator(2048).keyID("test-key").generate();
            jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/oauth2/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        jwks.start();
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + jwks.getAddress().getPort() + "/oauth2/jwks";
    }

    /** A parent of {@code familyId}. */
    public String parent(String familyId) {
        return sign(key, claims("parent-of-" + familyId, List.of("PARENT")).claim("family_id", familyId)
                .expirationTime(in(Duration.ofMinutes(15))).build());
    }

    public String staff() {
        return sign(key, claims("agent-1", List.of("STAFF")).expirationTime(in(Duration.ofMinutes(15))).build());
    }

    public String admin() {
        return sign(key, claims("admin-1", List.of("ADMIN")).expirationTime(in(Duration.ofMinutes(15))).build());
    }

    /** A parent's token that expired an hour ago. */
    public String expiredParent(String familyId) {
        return sign(key, claims("parent-of-" + familyId, List.of("PARENT")).claim("family_id", familyId)
                .issueTime(Date.from(Instant.now().minus(Duration.ofHours(2))))
                .expirationTime(in(Duration.ofHours(-1))).build());
    }

    /** A staff token signed by a key the portal does not know (a forgery). */
    public String forgedStaff() {
        return sign(foreignKey, claims("agent-1", List.of("STAFF")).expirationTime(in(Duration.ofMinutes(15))).build());
    }

    private static JWTClaimsSet.Builder claims(String subject, List<String> roles) {
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject(subject).jwtID(UUID.randomUUID().toString())
                .issueTime(new Date()).claim("roles", roles).claim("email", subject + "@example.fr")
                .claim("name", subject);
    }

    private static Date in(Duration duration) {
        return Date.from(Instant.now().plus(duration));
    }

    private static String sign(RSAKey signingKey, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    void stop() {
        jwks.stop(0);
    }
}
