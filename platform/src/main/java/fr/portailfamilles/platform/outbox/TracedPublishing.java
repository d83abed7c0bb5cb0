package fr.portailfamilles.platform.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.Map;

/**
 * Publishes an outbox event inside a span that continues the trace of the request which wrote
 * it, so that one trace id follows a request from HTTP through the outbox to every consumer.
 */
public class TracedPublishing {

    private final Tracer tracer;
    private final Propagator propagator;

    public TracedPublishing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    void publishWithin(OutboxEvent event, EventPublisher publisher) {
        Span.Builder builder = event.traceparent() == null
                ? tracer.spanBuilder()
                : propagator.extract(Map.of("traceparent", event.traceparent()), Map::get);
        Span span = builder.name("outbox publish " + event.topic()).kind(Span.Kind.PRODUCER).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            publisher.publish(event);
        } catch (RuntimeException failure) {
            span.error(failure);
            throw failure;
        } finally {
            span.end();
        }
    }
}
