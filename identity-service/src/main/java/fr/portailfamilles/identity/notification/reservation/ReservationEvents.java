package fr.portailfamilles.identity.notification.reservation;

import fr.portailfamilles.platform.messaging.EventBatches;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/** The binding {@code mailReservationChange-in-0} on {@code reservation.reservation.v1}. */
@Configuration(proxyBeanMethods = false)
class ReservationEvents {

    static final String PROMOTED = "fr.portailfamilles.reservation.promoted.v1";
    static final String CANCELLED = "fr.portailfamilles.reservation.cancelled.v1";

    /** In batches: most of a poll's events are decisions seen on the grid, which are not mailed. */
    @Bean
    Consumer<Message<List<String>>> mailReservationChange(TellingReservationChanges telling, JsonMapper json) {
        return batch -> EventBatches.each(batch, event -> {
            switch (event.type()) {
                case PROMOTED -> telling.promoted(event.id(), event.payloadAs(json, ReservationPromoted.class));
                case CANCELLED -> telling.cancelled(event.payloadAs(json, ReservationCancelled.class));
                default -> {
                    // requests, confirmations and attendance are seen on the grid, not mailed
                }
            }
        });
    }
}
