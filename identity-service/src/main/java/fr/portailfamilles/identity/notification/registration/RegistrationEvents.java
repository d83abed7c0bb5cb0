package fr.portailfamilles.identity.notification.registration;

import fr.portailfamilles.platform.messaging.InboundEvent;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/** The binding {@code mailRegistrationDecision-in-0} on {@code registration.registration.v1}. */
@Configuration(proxyBeanMethods = false)
class RegistrationEvents {

    static final String REQUESTED = "fr.portailfamilles.registration.requested.v1";
    static final String APPROVED = "fr.portailfamilles.registration.approved.v1";
    static final String REJECTED = "fr.portailfamilles.registration.rejected.v1";
    static final String CANCELLED = "fr.portailfamilles.registration.cancelled.v1";

    @Bean
    Consumer<Message<String>> mailRegistrationDecision(TellingRegistrationDecisions telling, JsonMapper json) {
        return message -> {
            InboundEvent event = InboundEvent.from(message);
            switch (event.type()) {
                case REQUESTED -> telling.requested(event.payloadAs(json, RegistrationRequested.class));
                case APPROVED -> telling.approved(event.id(), event.payloadAs(json, RegistrationApproved.class));
                case REJECTED -> telling.rejected(event.id(), event.payloadAs(json, RegistrationRejected.class));
                case CANCELLED -> telling.cancelled(event.id(), event.payloadAs(json, RegistrationCancelled.class));
                default -> {
                    // other registration events tell parents nothing new
                }
            }
        };
    }
}
