package fr.portailfamilles.registration.support;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the town is.
 *
 * @param zone the time zone in which "today" and the town hall's opening hours are read
 */
@ConfigurationProperties("portail.registration.town")
public record TownSettings(@DefaultValue("Europe/Paris") ZoneId zone) {
}
