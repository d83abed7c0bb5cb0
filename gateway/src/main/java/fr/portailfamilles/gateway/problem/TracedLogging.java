package fr.portailfamilles.gateway.problem;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;

import reactor.core.publisher.Mono;

/**
 * Log statements that carry the request's trace id. The gateway does not restore the trace into
 * thread locals at every Reactor signal ({@code spring.reactor.context-propagation: limited}: that
 * cost a fifth of its CPU on a rush, for logs it seldom writes), so the few places that log
 * restore it from the Reactor context themselves, for the statement only.
 */
public final class TracedLogging {

    private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

    private TracedLogging() {
    }

    /** Runs {@code statement}, on subscription, with the subscriber's trace (and log MDC) restored. */
    public static Mono<Void> log(Runnable statement) {
        return Mono.deferContextual(context -> {
            try (ContextSnapshot.Scope restored = SNAPSHOTS.setThreadLocalsFrom(context)) {
                statement.run();
            }
            return Mono.empty();
        });
    }
}
