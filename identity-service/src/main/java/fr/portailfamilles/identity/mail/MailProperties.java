package fr.portailfamilles.identity.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service mails account holders.
 *
 * @param from         the sender, e.g. {@code Portail Familles <ne-pas-repondre@ville.fr>}
 * @param portalUrl    the portal's public URL, for the links in the mails
 * @param townName     the town, as the mails sign
 * @param pollInterval how often the relay looks for mails to send when nobody woke it
 * @param batchSize    how many accounts one pass of the relay reads
 */
@ConfigurationProperties("portail.identity.mail")
public record MailProperties(String from, @DefaultValue("http://localhost:8080") String portalUrl,
        @DefaultValue("la mairie") String townName, @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("50") int batchSize) {

    public MailProperties {
        portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }
}
