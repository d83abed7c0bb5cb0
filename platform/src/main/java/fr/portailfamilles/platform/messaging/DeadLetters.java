package fr.portailfamilles.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;

/**
 * Sends a record that failed all its retries to {@code <topic>.dlt} and counts it, so that
 * operators see poison messages in the metrics instead of a silent stall.
 */
public class DeadLetters implements DlqDestinationResolver {

    public static final String SUFFIX = ".dlt";
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final MeterRegistry meters;

    public DeadLetters(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public String apply(ConsumerRecord<?, ?> record, Exception failure) {
        meters.counter("portail.messaging.dead.letters", "topic", record.topic()).increment();
        log.error("Event at {}-{}@{} failed all retries and goes to the dead-letter topic: {}",
                record.topic(), record.partition(), record.offset(), rootMessage(failure));
        return record.topic() + SUFFIX;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
