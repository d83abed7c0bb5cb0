package fr.portailfamilles.gateway.routing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the fallback answers when a service is unavailable.
 *
 * @param retryAfter sent as {@code Retry-After}; about the time an open circuit stays open
 */
@ConfigurationProperties("portail.fallback")
record FallbackProperties(@DefaultValue("10s") Duration retryAfter) {
}
