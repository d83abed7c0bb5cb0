package fr.portailfamilles.family.dashboard;

import fr.portailfamilles.family.file.FamilyIntegrationEvents;
import fr.portailfamilles.platform.messaging.EventBatches;
import fr.portailfamilles.platform.messaging.InboundEvent;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The dashboard's Kafka bindings: {@code projectRegistration-in-0} on
 * {@code registration.registration.v1}, {@code projectReservation-in-0} on
 * {@code reservation.reservation.v1}, and {@code forgetErasedFamily-in-0} on this service's own
 * {@code family.family.v1}, so that an erasure also empties the read model, with retries.
 */
@Configuration(proxyBeanMethods = false)
class DashboardBindings {

    @Bean
    Consumer<Message<String>> projectRegistration(ProjectingRequests projecting) {
        return message -> projecting.on(InboundEvent.from(message));
    }

    /**
     * In batches: most of a poll's events are per-cell decisions, which the dashboard skips; the
     * others are recorded together (one query for the families, one bulk write for the entries).
     */
    @Bean
    Consumer<Message<List<String>>> projectReservation(ProjectingRequests projecting) {
        return batch -> EventBatches.together(batch, projecting::read, projecting::project);
    }

    @Bean
    Consumer<Message<String>> forgetErasedFamily(DashboardEntries entries) {
        return message -> {
            InboundEvent event = InboundEvent.from(message);
            if (FamilyIntegrationEvents.FAMILY_ERASED.equals(event.type())) {
                entries.forget(event.key());
            }
        };
    }
}
