package fr.portailfamilles.platform.messaging;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.cloud.stream.config.ProducerMessageHandlerCustomizer;
import org.springframework.integration.kafka.outbound.KafkaProducerMessageHandler;
import org.springframework.integration.kafka.support.KafkaIntegrationHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;

/**
 * The Kafka producer of each binding the Spring Cloud Stream binder created, by topic, so that
 * events can be sent with the binder's producer settings without going through
 * {@code StreamBridge} each time; and the send future of a message that does go through it.
 * The binder calls {@link #configure} on every producer binding it creates; it takes a single
 * such customizer, so a service that needs another must extend this one.
 */
public class BinderProducers implements ProducerMessageHandlerCustomizer<KafkaProducerMessageHandler<?, ?>> {

    private final Map<String, KafkaProducerMessageHandler<?, ?>> handlers = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<?>> futures = new ConcurrentHashMap<>();
    private final AtomicLong tokens = new AtomicLong();
    private final MessageChannel futuresChannel = this::receive;

    @Override
    public void configure(KafkaProducerMessageHandler<?, ?> handler, String destinationName) {
        handler.setFuturesChannel(futuresChannel);
        handlers.put(destinationName, handler);
    }

    /**
     * The binder's producer for this topic, or {@code null} while no binding exists for it (or
     * its binding was stopped, e.g. evicted from {@code StreamBridge}'s cache of destinations).
     * The binder serialises keys and values as bytes.
     */
    @SuppressWarnings("unchecked")
    KafkaTemplate<byte[], byte[]> producerFor(String topic) {
        KafkaProducerMessageHandler<?, ?> handler = handlers.get(topic);
        return handler != null && handler.isRunning() ? (KafkaTemplate<byte[], byte[]>) handler.getKafkaTemplate() : null;
    }

    /** A token to put in {@link KafkaIntegrationHeaders#FUTURE_TOKEN} of a message sent through a binding. */
    String newToken() {
        return "outbox-" + tokens.incrementAndGet();
    }

    /**
     * The send future the binding handed over for this token, removed; it arrives on the sending
     * thread before the send returns, or never if the binding is not customised here.
     */
    CompletableFuture<?> take(String token) {
        return futures.remove(token);
    }

    private boolean receive(Message<?> message, long timeout) {
        if (message.getHeaders().get(KafkaIntegrationHeaders.FUTURE_TOKEN) instanceof String token
                && message.getPayload() instanceof CompletableFuture<?> future) {
            futures.put(token, future);
            return true;
        }
        return false;
    }
}
