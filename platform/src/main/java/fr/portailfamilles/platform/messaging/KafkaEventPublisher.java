package fr.portailfamilles.platform.messaging;

import fr.portailfamilles.platform.outbox.EventPublisher;
import fr.portailfamilles.platform.outbox.OutboxEvent;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.integration.kafka.support.KafkaIntegrationHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

/**
 * Sends outbox events to Kafka as CloudEvents in binary mode, with the producers of the Spring
 * Cloud Stream Kafka binder (idempotent, {@code acks=all}). The first event of a topic goes
 * through {@link StreamBridge}, which makes the binder provision the topic and create its
 * producer; the next ones go straight to that producer, which costs a tenth of the CPU (the
 * producer settings apply to both; settings that act in the binder's message handler, such as a
 * partition key expression, would not, and none is used). Sends do not block: the future
 * completes when the broker acknowledged the record.
 */
public class KafkaEventPublisher implements EventPublisher {

    private final StreamBridge bridge;
    private final BinderProducers producers;
    private final String source;
    private final Tracer tracer;
    private final Propagator propagator;

    public KafkaEventPublisher(StreamBridge bridge, BinderProducers producers, String source, Tracer tracer,
            Propagator propagator) {
        this.bridge = bridge;
        this.producers = producers;
        this.source = source;
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public CompletableFuture<Void> publishAsync(OutboxEvent event) {
        KafkaTemplate<byte[], byte[]> producer = producers.producerFor(event.topic());
        if (producer == null) {
            return sendThroughBinding(event);
        }
        Headers headers = new RecordHeaders();
        header(headers, MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON_VALUE);
        header(headers, CloudEventHeaders.ID, event.eventId());
        header(headers, CloudEventHeaders.TYPE, event.type());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TIME, event.occurredAt().toString());
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        Span current = tracer.currentSpan();
        if (current != null) {
            propagator.inject(current.context(), headers, KafkaEventPublisher::header);
        }
        return producer.send(new ProducerRecord<>(event.topic(), null, bytes(event.key()), bytes(event.payload()),
                headers)).thenApply(result -> null);
    }

    private CompletableFuture<Void> sendThroughBinding(OutboxEvent event) {
        String token = producers.newToken();
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(bytes(event.payload()))
                .setHeader(KafkaHeaders.KEY, bytes(event.key()))
                .setHeader(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON_VALUE)
                .setHeader(CloudEventHeaders.ID, event.eventId())
                .setHeader(CloudEventHeaders.TYPE, event.type())
                .setHeader(CloudEventHeaders.SOURCE, source)
                .setHeader(CloudEventHeaders.TIME, event.occurredAt().toString())
                .setHeader(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE)
                .setHeader(KafkaIntegrationHeaders.FUTURE_TOKEN, token);
        Span current = tracer.currentSpan();
        if (current != null) {
            propagator.inject(current.context(), message, MessageBuilder::setHeader);
        }
        boolean accepted;
        CompletableFuture<?> sent;
        try {
            accepted = bridge.send(event.topic(), message.build());
        } finally {
            sent = producers.take(token);
        }
        if (!accepted) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "Kafka did not accept event " + event.eventId() + " on " + event.topic()));
        }
        if (sent == null) {
            throw new IllegalStateException("The Kafka binding of " + event.topic()
                    + " gave no send future: is BinderProducers installed on its producer handler?");
        }
        return sent.thenApply(result -> null);
    }

    private static void header(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, bytes(value));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
