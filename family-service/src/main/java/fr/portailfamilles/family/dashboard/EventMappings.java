package fr.portailfamilles.family.dashboard;

import fr.portailfamilles.family.dashboard.domain.RequestUpdate;
import fr.portailfamilles.platform.messaging.InboundEvent;
import java.time.Instant;
import java.util.function.BiFunction;
import tools.jackson.databind.json.JsonMapper;

/** Builds a {@link RequestEventMapping} from the consumer's own record of a payload and one small function. */
final class EventMappings {

    private EventMappings() {
    }

    static <T> RequestEventMapping of(String eventType, Class<T> payload, JsonMapper json,
            BiFunction<T, InboundEvent, RequestUpdate> reader) {
        return new RequestEventMapping() {
            @Override
            public String eventType() {
                return eventType;
            }

            @Override
            public RequestUpdate read(InboundEvent event) {
                return reader.apply(event.payloadAs(json, payload), event);
            }
        };
    }

    /** The time the payload gives, else the CloudEvents time. */
    static Instant timeOf(Instant payloadTime, InboundEvent event) {
        if (payloadTime != null) {
            return payloadTime;
        }
        if (event.time() != null) {
            return event.time();
        }
        throw new IllegalArgumentException("Event " + event.id() + " of type " + event.type() + " carries no time");
    }
}
