package fr.portailfamilles.identity.account.password;

import fr.portailfamilles.identity.account.domain.PasswordToken;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Makes the secrets of password links. A link's secret is an HMAC of a random id under the
 * service's key: the account keeps only the secret's hash, the pending mail only the id, so a copy
 * of the database alone gives no working link, and the mail relay can still write the link later.
 */
@Component
public class PasswordLinks {

    private static final String HMAC = "HmacSHA256";

    private final PasswordLinkProperties properties;

    PasswordLinks(PasswordLinkProperties properties) {
        this.properties = properties;
    }

    /** A new link: the id to put in the pending mail and the token to keep in the account. */
    public Issued issue(Instant at) {
        String tokenId = UUID.randomUUID().toString();
        return new Issued(tokenId, new PasswordToken(hashOf(secretOf(tokenId)), at, at.plus(properties.validity())));
    }

    /** The address the holder follows to choose a password. */
    public String urlFor(String tokenId) {
        return properties.publicUrl() + "/mot-de-passe/definir?jeton=" + secretOf(tokenId);
    }

    public String hashOf(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    String secretOf(String tokenId) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), HMAC));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(tokenId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A link just made. */
    public record Issued(String tokenId, PasswordToken token) {
    }
}
