package fr.portailfamilles.platform.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the relay looks for pending events and how often.
 *
 * @param collections  the MongoDB collections whose documents carry an {@code outbox} array
 * @param pollInterval how long the relay waits for a wake-up when it has nothing to do; then it
 *                     sweeps every collection for pending events (what a crash, another instance
 *                     or a write that did not wake it left behind)
 * @param batchSize    how many documents one pass reads per collection; all their events are
 *                     sent together and their acknowledgements awaited once
 * @param versionField the optimistic-locking field bumped when events are removed, so that a
 *                     stale copy of the aggregate cannot be saved back with them
 * @param ackTimeout   how long a pass waits for the broker's acknowledgements; what is not
 *                     acknowledged by then stays pending and is sent again. Longer than the
 *                     producer's {@code delivery.timeout.ms} (2 min by default), which fails
 *                     every unacknowledged send first: this only bounds a send that never ends
 * @param sweepInterval the longest time between two sweeps while the relay is kept busy by
 *                     writers naming the documents they changed: those passes read only the
 *                     named documents, by id, and never scan a collection
 */
@ConfigurationProperties("portail.outbox")
public record OutboxProperties(@DefaultValue List<String> collections, @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("200") int batchSize, @DefaultValue("version") String versionField,
        @DefaultValue("150s") Duration ackTimeout, @DefaultValue("5s") Duration sweepInterval) {
}
