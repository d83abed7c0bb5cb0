package fr.portailfamilles.registration.family;

import fr.portailfamilles.platform.messaging.InboundEvent;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The binding {@code learnFamily-in-0} on {@code family.family.v1}, group {@code registration-service}. */
@Configuration(proxyBeanMethods = false)
class FamilyEventsBinding {

    @Bean
    Consumer<Message<String>> learnFamily(LearningFamilies learning) {
        return message -> learning.on(InboundEvent.from(message));
    }
}
