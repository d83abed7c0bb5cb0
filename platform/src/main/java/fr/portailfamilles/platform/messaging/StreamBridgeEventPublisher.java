package fr.portailfamilles.platform.messaging;

import fr.portailfamilles.platform.outbox.EventPublisher;
import fr.portailfamilles.platform.outbox.OutboxEvent;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

/**
 * Sends outbox events to Kafka through Spring Cloud Stream. Producers are configured idempotent
 * with {@code acks=all} and synchronous, so a return means the broker has the event.
 */
public class StreamBridgeEventPublisher implements EventPublisher {

    private final StreamBridge bridge;
    private final String source;
    private final Tracer tracer;
    private final Propagator propagator;

    public StreamBridgeEventPublisher(StreamBridge bridge, String source, Tracer tracer, Propagator propagator) {
        this.bridge = bridge;
        this.source = source;
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public void publish(OutboxEvent event) {
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(event.payload().getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.KEY, event.key().getBytes(StandardCharsets.UTF_8))
                .setHeader(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON_VALUE)
                .setHeader(CloudEventHeaders.ID, event.eventId())
                .setHeader(CloudEventHeaders.TYPE, event.type())
                .setHeader(CloudEventHeaders.SOURCE, source)
                .setHeader(CloudEventHeaders.TIME, event.occurredAt().toString())
                .setHeader(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        Span current = tracer.currentSpan();
        if (current != null) {
            propagator.inject(current.context(), message, MessageBuilder::setHeader);
        }
        if (!bridge.send(event.topic(), message.build())) {
            throw new IllegalStateException("Kafka did not accept event " + event.eventId() + " on " + event.topic());
        }
    }
}
