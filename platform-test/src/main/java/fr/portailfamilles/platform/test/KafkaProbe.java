package fr.portailfamilles.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Talks to the test broker as another service would: plain Kafka clients, CloudEvents in binary
 * mode with their headers as raw UTF-8, as the Kafka binding specifies. It reads the topics it was
 * given from their beginning, in a consumer group of its own.
 */
public final class KafkaProbe implements AutoCloseable {

    /** The {@code ce_source} of the events the tests send, unless they name another. */
    private static final String TESTS = "/portail-familles/tests";

    /** The {@code ce_time} of the events the tests send, unless they give another. */
    private static final Instant SENT_AT = Instant.parse("2026-11-28T08:30:00Z");

    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> received = new ArrayList<>();

    /** @param topics the topics to read; none for a probe that only sends */
    public KafkaProbe(String bootstrap, String... topics) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
        if (topics.length > 0) {
            consumer.subscribe(List.of(topics));
        }
    }

    /** Sends the event {@code eventId} from the tests' own source ({@link #TESTS}). */
    public void send(String topic, String key, String eventId, String type, String json) {
        send(topic, key, eventId, type, TESTS, SENT_AT, json, null);
    }

    /** Sends the event {@code eventId} from the tests' own source, as having happened at {@code time}. */
    public void send(String topic, String key, String eventId, String type, Instant time, String json) {
        send(topic, key, eventId, type, TESTS, time, json, null);
    }

    /** Sends a new event as {@code source} would; returns its {@code ce_id}. */
    public String sendFrom(String source, String topic, String key, String type, String json) {
        return sendFrom(source, topic, key, UUID.randomUUID().toString(), type, json);
    }

    /** Sends the event {@code eventId} as {@code source} would; returns its {@code ce_id}. */
    public String sendFrom(String source, String topic, String key, String eventId, String type, String json) {
        return send(topic, key, eventId, type, source, SENT_AT, json, null);
    }

    /** Sends the event {@code eventId} within the trace {@code traceparent} (W3C), none if null. */
    public void sendTraced(String topic, String key, String eventId, String type, String json, String traceparent) {
        send(topic, key, eventId, type, TESTS, SENT_AT, json, traceparent);
    }

    private String send(String topic, String key, String eventId, String type, String source, Instant time,
            String json, String traceparent) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        record.headers().add("ce_id", bytes(eventId)).add("ce_type", bytes(type)).add("ce_source", bytes(source))
                .add("ce_time", bytes(time.toString())).add("ce_specversion", bytes("1.0"));
        if (traceparent != null) {
            record.headers().add("traceparent", bytes(traceparent));
        }
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return eventId;
    }

    /** Everything received so far on the probe's topics, after one more short poll. */
    public synchronized List<ConsumerRecord<String, String>> received() {
        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
        return List.copyOf(received);
    }

    public List<ConsumerRecord<String, String>> received(String topic, String key) {
        return received().stream().filter(r -> r.topic().equals(topic) && key.equals(r.key())).toList();
    }

    /** Those of {@code key} on {@code topic} whose {@code ce_type} is {@code type}. */
    public List<ConsumerRecord<String, String>> received(String topic, String key, String type) {
        return received(topic, key).stream().filter(r -> type.equals(header(r, "ce_type"))).toList();
    }

    /** A header's value as UTF-8 text, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
        consumer.close();
    }
}
