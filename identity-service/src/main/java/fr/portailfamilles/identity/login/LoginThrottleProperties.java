package fr.portailfamilles.identity.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When failed logins slow down further attempts.
 *
 * @param accountThreshold failures on one login before it is paused
 * @param addressThreshold failures from one client address (all logins) before it is paused;
 *                         higher, because a town hall or a family shares one address
 * @param firstPause       the first pause; each further failure doubles it
 * @param longestPause     the pause never exceeds this
 * @param memory           failures are forgotten after this long without a new one
 */
@ConfigurationProperties("portail.identity.login-throttle")
public record LoginThrottleProperties(@DefaultValue("5") int accountThreshold,
        @DefaultValue("20") int addressThreshold, @DefaultValue("1m") Duration firstPause,
        @DefaultValue("15m") Duration longestPause, @DefaultValue("1h") Duration memory) {
}
