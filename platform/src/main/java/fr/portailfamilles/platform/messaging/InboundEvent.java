package fr.portailfamilles.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event as a consumer receives it: its CloudEvents metadata and its JSON body.
 *
 * @param id      {@code ce_id}, the key for deduplication
 * @param type    {@code ce_type}, which tells the consumer how to read the body
 * @param source  {@code ce_source}, the producing service
 * @param time    {@code ce_time}
 * @param key     the record key (the aggregate id)
 * @param payload the JSON body
 * @param traceparent the W3C trace context the producer sent, or null
 */
public record InboundEvent(String id, String type, String source, Instant time, String key, String payload,
        String traceparent) {

    public static InboundEvent from(Message<?> message) {
        MessageHeaders headers = message.getHeaders();
        return of(headers::get, headers.get(KafkaHeaders.RECEIVED_KEY), message.getPayload());
    }

    /**
     * The event at {@code index} of a batch a binding in batch mode received: the binder hands
     * the records' payloads as one list, their keys as another and each record's headers as a map
     * in {@link KafkaHeaders#BATCH_CONVERTED_HEADERS}.
     *
     * @throws IllegalArgumentException if that record is not a CloudEvent
     */
    public static InboundEvent at(Message<? extends List<?>> batch, int index) {
        MessageHeaders headers = batch.getHeaders();
        Map<?, ?> recordHeaders = headers.get(KafkaHeaders.BATCH_CONVERTED_HEADERS) instanceof List<?> all
                && all.size() > index && all.get(index) instanceof Map<?, ?> map ? map : Map.of();
        Object key = headers.get(KafkaHeaders.RECEIVED_KEY) instanceof List<?> keys && keys.size() > index
                ? keys.get(index) : null;
        return of(recordHeaders::get, key, batch.getPayload().get(index));
    }

    private static InboundEvent of(HeaderLookup headers, Object key, Object payload) {
        String id = cloudEventAttribute(headers, CloudEventHeaders.ID);
        String type = cloudEventAttribute(headers, CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new IllegalArgumentException("Not a CloudEvent: ce_id or ce_type header missing");
        }
        String time = cloudEventAttribute(headers, CloudEventHeaders.TIME);
        return new InboundEvent(id, type, cloudEventAttribute(headers, CloudEventHeaders.SOURCE),
                time == null ? null : Instant.parse(time), text(key), text(payload),
                text(headers.get(CloudEventHeaders.TRACEPARENT)));
    }

    private interface HeaderLookup {
        Object get(String name);
    }

    public <T> T payloadAs(JsonMapper json, Class<T> type) {
        return json.readValue(payload, type);
    }

    /**
     * Spring Cloud Function recognises CloudEvents and renames their {@code ce_} Kafka headers to
     * the canonical {@code ce-} prefix before the function sees them; accept both spellings.
     */
    private static String cloudEventAttribute(HeaderLookup headers, String kafkaHeader) {
        Object canonical = headers.get("ce-" + kafkaHeader.substring(3));
        return text(canonical != null ? canonical : headers.get(kafkaHeader));
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString();
    }
}
