package fr.portailfamilles.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
 */
public record InboundEvent(String id, String type, String source, Instant time, String key, String payload) {

    public static InboundEvent from(Message<?> message) {
        MessageHeaders headers = message.getHeaders();
        String id = cloudEventAttribute(headers, CloudEventHeaders.ID);
        String type = cloudEventAttribute(headers, CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new IllegalArgumentException("Not a CloudEvent: ce_id or ce_type header missing in " + headers.keySet());
        }
        String time = cloudEventAttribute(headers, CloudEventHeaders.TIME);
        return new InboundEvent(id, type, cloudEventAttribute(headers, CloudEventHeaders.SOURCE),
                time == null ? null : Instant.parse(time),
                text(headers.get(KafkaHeaders.RECEIVED_KEY)), text(message.getPayload()));
    }

    public <T> T payloadAs(JsonMapper json, Class<T> type) {
        return json.readValue(payload, type);
    }

    /**
     * Spring Cloud Function recognises CloudEvents and renames their {@code ce_} Kafka headers to
     * the canonical {@code ce-} prefix before the function sees them; accept both spellings.
     */
    private static String cloudEventAttribute(MessageHeaders headers, String kafkaHeader) {
        String canonical = "ce-" + kafkaHeader.substring(3);
        return text(headers.containsKey(canonical) ? headers.get(canonical) : headers.get(kafkaHeader));
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString();
    }
}
