package fr.portailfamilles.reservation.attendance;

import fr.portailfamilles.platform.messaging.InboundEvent;
import fr.portailfamilles.reservation.Topics;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * The binding {@code learnCareFlags-in-0} on {@code family.family.v1}: keeps each child's care
 * flags for the attendance list, forgets an erased family's; the family's other events are not
 * this service's business.
 */
@Configuration(proxyBeanMethods = false)
class LearningCareFlags {

    @Bean
    Consumer<Message<String>> learnCareFlags(CareFlags careFlags, JsonMapper json) {
        return message -> {
            InboundEvent event = InboundEvent.from(message);
            if (Topics.CHILD_CARE_FLAGS_CHANGED.equals(event.type())) {
                FamilyMessages.ChildCareFlagsChanged flags = event.payloadAs(json,
                        FamilyMessages.ChildCareFlagsChanged.class);
                if (flags.familyId() == null || flags.childId() == null || flags.changedAt() == null) {
                    throw new IllegalArgumentException("child-care-flags-changed.v1 without familyId, childId or changedAt");
                }
                careFlags.report(event.id(), flags);
            } else if (Topics.FAMILY_ERASED.equals(event.type())) {
                FamilyMessages.FamilyErased erased = event.payloadAs(json, FamilyMessages.FamilyErased.class);
                if (erased.familyId() == null) {
                    throw new IllegalArgumentException("family-erased.v1 without familyId");
                }
                careFlags.forgetFamily(erased.familyId(), erased.erasedAt());
            }
        };
    }
}
