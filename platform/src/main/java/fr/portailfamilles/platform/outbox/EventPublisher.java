package fr.portailfamilles.platform.outbox;

/** Port to the broker: returns only once the broker has acknowledged the event, throws otherwise. */
public interface EventPublisher {

    void publish(OutboxEvent event);
}
