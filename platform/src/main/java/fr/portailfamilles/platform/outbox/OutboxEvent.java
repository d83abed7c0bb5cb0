package fr.portailfamilles.platform.outbox;

import java.time.Instant;
import java.util.Objects;

/**
 * An integration event waiting in its aggregate's document to be published.
 *
 * @param eventId     unique id, sent as the CloudEvents {@code ce_id}; consumers deduplicate on it
 * @param topic       the Kafka topic, e.g. {@code reservation.slot.v1}
 * @param key         the record key: the aggregate id, so one aggregate's events stay in order
 * @param type        the CloudEvents {@code ce_type}, e.g. {@code fr.portailfamilles.reservation.confirmed.v1}
 * @param occurredAt  when the change happened ({@code ce_time})
 * @param payload     the JSON body, following the producer's schema under {@code contracts/}
 * @param traceparent the W3C trace context of the request that caused it, so the trace goes on
 */
public record OutboxEvent(String eventId, String topic, String key, String type, Instant occurredAt,
        String payload, String traceparent) {

    /** Name of the array field that holds pending events in every aggregate document. */
    public static final String FIELD = "outbox";

    public OutboxEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
    }
}
