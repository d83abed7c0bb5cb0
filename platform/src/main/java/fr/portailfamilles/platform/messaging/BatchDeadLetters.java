package fr.portailfamilles.platform.messaging;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.BackOff;

/**
 * Retries and dead letters for the bindings that consume in batches. The binder neither retries
 * a batch nor sends one record of it to the dead-letter topic (only the whole poll); here the
 * container does it per record: a consumer that throws a
 * {@link org.springframework.kafka.listener.BatchListenerFailedException} at an index (see
 * {@link EventBatches}) has the records before it committed, the failed record retried with the
 * binding's back-off ({@code max-attempts}, {@code back-off-*}), then sent alone to
 * {@code <topic>.dlt} and counted ({@link DeadLetters}), and the rest of the batch delivered
 * again. Bindings consuming record by record keep the binder's own retries and dead letters.
 */
public class BatchDeadLetters implements ListenerContainerWithDlqAndRetryCustomizer, DisposableBean {

    private final DeadLetters deadLetters;
    private final String brokers;
    /** The producer of dead letters, made when the first batch binding asks for it. */
    private final AtomicReference<DefaultKafkaProducerFactory<byte[], byte[]>> producer = new AtomicReference<>();

    /** @param brokers the binder's brokers ({@code spring.cloud.stream.kafka.binder.brokers}) */
    public BatchDeadLetters(DeadLetters deadLetters, String brokers) {
        this.deadLetters = deadLetters;
        this.brokers = brokers;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
        // only the overload with the binding's properties is used
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff, ExtendedConsumerProperties<KafkaConsumerProperties> properties) {
        if (!properties.isBatchMode()) {
            return;
        }
        BackOff retries = backOff(properties);
        if (!properties.getExtension().isEnableDlq()) {
            container.setCommonErrorHandler(new DefaultErrorHandler(retries));
            return;
        }
        KafkaTemplate<byte[], byte[]> template = new KafkaTemplate<>(producer.updateAndGet(existing ->
                existing != null ? existing : new DefaultKafkaProducerFactory<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                        ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                        new ByteArraySerializer(), new ByteArraySerializer())));
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(deadLetters.apply(record, failure), -1));
        container.setCommonErrorHandler(new DefaultErrorHandler(recoverer, retries));
    }

    private static BackOff backOff(ExtendedConsumerProperties<KafkaConsumerProperties> properties) {
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(
                Math.max(0, properties.getMaxAttempts() - 1));
        backOff.setInitialInterval(properties.getBackOffInitialInterval());
        backOff.setMaxInterval(properties.getBackOffMaxInterval());
        backOff.setMultiplier(properties.getBackOffMultiplier());
        return backOff;
    }

    @Override
    public void destroy() {
        DefaultKafkaProducerFactory<byte[], byte[]> made = producer.get();
        if (made != null) {
            made.destroy();
        }
    }
}
