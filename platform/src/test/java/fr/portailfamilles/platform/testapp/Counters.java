package fr.portailfamilles.platform.testapp;

import fr.portailfamilles.platform.messaging.AppliedEvents;
import fr.portailfamilles.platform.messaging.InboundEvent;
import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.platform.outbox.OutboxEvents;
import fr.portailfamilles.platform.outbox.OutboxRelay;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Counts increments, once per event, and tells the world each new value through the outbox. */
@Component
public class Counters {

    public static final String COLLECTION = "counters";
    public static final String COUNTED_TOPIC = "test.counted.v1";

    private final AppliedEvents appliedEvents;
    private final OutboxEvents outboxEvents;
    private final ObjectProvider<OutboxRelay> relay;
    private final JsonMapper json;

    Counters(AppliedEvents appliedEvents, OutboxEvents outboxEvents, ObjectProvider<OutboxRelay> relay,
            JsonMapper json) {
        this.appliedEvents = appliedEvents;
        this.outboxEvents = outboxEvents;
        this.relay = relay;
        this.json = json;
    }

    public void on(InboundEvent event) {
        Increment increment = event.payloadAs(json, Increment.class);
        if (increment.by() <= 0) {
            throw new IllegalArgumentException("An increment must be positive");
        }
        OutboxEvent counted = outboxEvents.create(COUNTED_TOPIC, increment.counterId(),
                "fr.portailfamilles.test.counted.v1", Map.of("counterId", increment.counterId(), "by", increment.by()));
        Update update = new Update().inc("value", increment.by()).push(OutboxEvent.FIELD, counted);
        if (appliedEvents.applyOnce(COLLECTION, increment.counterId(), event.id(), update, true)) {
            relay.ifAvailable(OutboxRelay::wake);
        }
    }

    record Increment(String counterId, int by) {
    }
}
