package fr.portailfamilles.identity.account.opening;

import fr.portailfamilles.platform.messaging.InboundEvent;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/** The binding {@code openParentAccount-in-0} on {@code family.family.v1}: only completed files matter here. */
@Configuration(proxyBeanMethods = false)
class FamilyFileEvents {

    static final String FILE_COMPLETED = "fr.portailfamilles.family.file-completed.v1";

    @Bean
    Consumer<Message<String>> openParentAccount(OpeningParentAccounts opening, JsonMapper json) {
        return message -> {
            InboundEvent event = InboundEvent.from(message);
            if (FILE_COMPLETED.equals(event.type())) {
                opening.open(event.payloadAs(json, FamilyFileCompleted.class));
            }
        };
    }
}
