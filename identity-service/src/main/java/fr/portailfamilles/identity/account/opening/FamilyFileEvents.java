package fr.portailfamilles.identity.account.opening;

import fr.portailfamilles.platform.messaging.InboundEvent;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * The binding {@code followFamilyFile-in-0} on {@code family.family.v1}: a completed file opens the
 * parent's account, a change of the guardian's e-mail changes its login; other types do not matter here.
 * One binding for the topic, as two in the same consumer group would share its partitions.
 */
@Configuration(proxyBeanMethods = false)
class FamilyFileEvents {

    static final String FILE_COMPLETED = "fr.portailfamilles.family.file-completed.v1";
    static final String GUARDIAN_EMAIL_CHANGED = "fr.portailfamilles.family.guardian-email-changed.v1";

    @Bean
    Consumer<Message<String>> followFamilyFile(OpeningParentAccounts opening, FollowingGuardianEmails following,
            JsonMapper json) {
        return message -> {
            InboundEvent event = InboundEvent.from(message);
            if (FILE_COMPLETED.equals(event.type())) {
                opening.open(event.payloadAs(json, FamilyFileCompleted.class));
            } else if (GUARDIAN_EMAIL_CHANGED.equals(event.type())) {
                following.follow(event.id(), event.payloadAs(json, GuardianEmailChanged.class));
            }
        };
    }
}
