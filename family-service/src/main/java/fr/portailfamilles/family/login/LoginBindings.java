package fr.portailfamilles.family.login;

import fr.portailfamilles.platform.messaging.InboundEvent;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The binding {@code followLoginChange-in-0} on identity-service's {@code identity.account.v1}. */
@Configuration(proxyBeanMethods = false)
class LoginBindings {

    @Bean
    Consumer<Message<String>> followLoginChange(FollowingLoginChanges following) {
        return message -> following.on(InboundEvent.from(message));
    }
}
