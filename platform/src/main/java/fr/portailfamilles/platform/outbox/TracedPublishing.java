package fr.portailfamilles.platform.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Publishes an outbox event inside a span that continues the trace of the request which wrote
 * it, so that one trace id follows a request from HTTP through the outbox to every consumer.
 * The span lasts until the broker answered.
 */
public class TracedPublishing {

    private final Tracer tracer;
    private final Propagator propagator;

    public TracedPublishing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    CompletableFuture<Void> publishWithin(OutboxEvent event, EventPublisher publisher) {
        Span.Builder builder = event.traceparent() == null
                ? tracer.spanBuilder()
                : propagator.extract(Map.of("traceparent", event.traceparent()), Map::get);
        Span span = builder.name("outbox publish " + event.topic()).kind(Span.Kind.PRODUCER).start();
        CompletableFuture<Void> acknowledged;
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            acknowledged = Objects.requireNonNull(publisher.publishAsync(event), "publishAsync gave no future");
        } catch (RuntimeException failure) {
            span.error(failure);
            span.end();
            throw failure;
        }
        return acknowledged.whenComplete((ignored, failure) -> {
            if (failure != null) {
                span.error(failure instanceof CompletionException wrapped && wrapped.getCause() != null
                        ? wrapped.getCause() : failure);
            }
            span.end();
        });
    }
}
