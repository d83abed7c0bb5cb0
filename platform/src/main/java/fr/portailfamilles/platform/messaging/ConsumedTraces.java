package fr.portailfamilles.platform.messaging;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Continues the trace of each event of a batch: the binder observes a batch as a whole, so the
 * events a consumer writes while applying one of them would otherwise carry the batch's trace
 * instead of the request's that led to it.
 */
public class ConsumedTraces {

    private final Tracer tracer;
    private final Propagator propagator;

    public ConsumedTraces(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Runs {@code work} in a span continuing {@code event}'s trace (or the current one if it carries none). */
    public <R> R within(InboundEvent event, String name, Supplier<R> work) {
        if (event.traceparent() == null) {
            return work.get();
        }
        Span span = propagator.extract(Map.of("traceparent", event.traceparent()), Map::get).name(name)
                .kind(Span.Kind.CONSUMER).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        } catch (RuntimeException failure) {
            span.error(failure);
            throw failure;
        } finally {
            span.end();
        }
    }
}
