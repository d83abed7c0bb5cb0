package fr.portailfamilles.billing.directory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.portailfamilles.platform.messaging.InboundEvent;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/** The binding {@code projectActivity-in-0} on {@code registration.activity.v1}: activity and unit names. */
@Configuration(proxyBeanMethods = false)
class ActivityEvents {

    static final String ACTIVITY_PUBLISHED = "fr.portailfamilles.registration.activity-published.v1";

    @Bean
    Consumer<Message<String>> projectActivity(Directory directory, JsonMapper json) {
        return message -> {
            InboundEvent event = InboundEvent.from(message);
            if (ACTIVITY_PUBLISHED.equals(event.type())) {
                ActivityPublished published = event.payloadAs(json, ActivityPublished.class);
                if (published.activityId() == null || published.activityId().isBlank()) {
                    throw new IllegalArgumentException("An activity event without activity id cannot be applied");
                }
                directory.activityPublished(event.id(), new ActivityRecord(published.activityId(), published.name(),
                        published.kind(), published.units() == null ? List.of() : published.units().stream()
                                .map(u -> new ActivityRecord.UnitRecord(u.code(), u.row(), u.label())).toList()));
            }
        };
    }

    /** Billing's record of {@code fr.portailfamilles.registration.activity-published.v1}; the rest is ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ActivityPublished(String activityId, String name, String kind, List<PublishedUnit> units) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PublishedUnit(String code, String row, String label) {
    }
}
