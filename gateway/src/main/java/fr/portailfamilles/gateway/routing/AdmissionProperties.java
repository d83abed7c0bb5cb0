package fr.portailfamilles.gateway.routing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The door of each service on a rush (see {@link AdmissionQueue}); each service has its own.
 *
 * @param maxInFlight requests at one service at once; the next ones wait their turn in the gateway
 * @param maxWaiting  requests waiting for one service, beyond which a newcomer is refused at once
 * @param maxWait     how long a request waits for its turn before it is refused (the route's time
 *                    limit counts from its turn, not from its arrival)
 * @param retryAfter  sent as {@code Retry-After} with a refusal
 */
@ConfigurationProperties("portail.admission")
record AdmissionProperties(@DefaultValue("32") int maxInFlight, @DefaultValue("10000") int maxWaiting,
        @DefaultValue("45s") Duration maxWait, @DefaultValue("5s") Duration retryAfter) {
}
