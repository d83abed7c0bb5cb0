package fr.portailfamilles.platform.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes outbox events: serialises the payload to JSON and remembers the current trace, so the
 * relay can continue it when it publishes later, on another thread.
 */
public class OutboxEvents {

    private final JsonMapper json;
    private final Clock clock;
    private final Tracer tracer;
    private final Propagator propagator;

    public OutboxEvents(JsonMapper json, Clock clock, Tracer tracer, Propagator propagator) {
        this.json = json;
        this.clock = clock;
        this.tracer = tracer;
        this.propagator = propagator;
    }

    public OutboxEvent create(String topic, String key, String type, Object payload) {
        return new OutboxEvent(UUID.randomUUID().toString(), topic, key, type, clock.instant(),
                json.writeValueAsString(payload), currentTraceparent());
    }

    private String currentTraceparent() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get("traceparent");
    }
}
