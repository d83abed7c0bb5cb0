package fr.portailfamilles.platform.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the relay looks for pending events and how often.
 *
 * @param collections  the MongoDB collections whose documents carry an {@code outbox} array
 * @param pollInterval how long the relay sleeps when it found nothing and nobody woke it
 * @param batchSize    how many documents one pass reads per collection
 * @param versionField the optimistic-locking field bumped when events are removed, so that a
 *                     stale copy of the aggregate cannot be saved back with them
 */
@ConfigurationProperties("portail.outbox")
public record OutboxProperties(@DefaultValue List<String> collections, @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("200") int batchSize, @DefaultValue("version") String versionField) {
}
