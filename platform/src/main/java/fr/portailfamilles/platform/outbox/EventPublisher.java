package fr.portailfamilles.platform.outbox;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Port to the broker. */
public interface EventPublisher {

    /**
     * Hands the event to the broker without waiting. Events handed over one after the other from
     * one thread with the same key reach their partition in that order.
     *
     * @return a future completed once the broker acknowledged the event, exceptionally if it
     *         will not; it may already be failed when the event was refused at once
     * @throws RuntimeException when the event could not even be handed over
     */
    CompletableFuture<Void> publishAsync(OutboxEvent event);

    /** Returns only once the broker has acknowledged the event, throws otherwise. */
    default void publish(OutboxEvent event) {
        try {
            publishAsync(event).join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failure;
        }
    }
}
