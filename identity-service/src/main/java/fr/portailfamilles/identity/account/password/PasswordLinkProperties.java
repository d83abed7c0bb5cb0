package fr.portailfamilles.identity.account.password;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How password links are made.
 *
 * @param publicUrl   the portal's public URL, in front of {@code /mot-de-passe/definir}
 * @param secret      the key from which each link's secret is derived; set it in production
 * @param validity    how long a link works
 * @param resendPause how long a forgotten-password request waits before another mail may be sent
 */
@ConfigurationProperties("portail.identity.password-link")
public record PasswordLinkProperties(@DefaultValue("http://localhost:8080") String publicUrl, String secret,
        @DefaultValue("72h") Duration validity, @DefaultValue("60s") Duration resendPause) {

    public PasswordLinkProperties {
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("portail.identity.password-link.secret needs at least 16 characters");
        }
    }
}
