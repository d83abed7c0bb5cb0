package fr.portailfamilles.registration.registration;

import fr.portailfamilles.platform.messaging.InboundEvent;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The binding {@code approveAutomatically-in-0} on this service's own {@code registration.registration.v1}:
 * a request the parent just sent is decided here when its activity approves automatically, so the
 * parent's 202 never waits for the decision and the decision is published like any other.
 */
@Configuration(proxyBeanMethods = false)
class AutomaticApprovalBinding {

    @Bean
    Consumer<Message<String>> approveAutomatically(DecidingRegistration deciding) {
        return message -> {
            InboundEvent event = InboundEvent.from(message);
            if (RegistrationEvents.REQUESTED.equals(event.type())) {
                deciding.approveAutomatically(event.key());
            }
        };
    }
}
