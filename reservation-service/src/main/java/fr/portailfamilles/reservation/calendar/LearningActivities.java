package fr.portailfamilles.reservation.calendar;

import fr.portailfamilles.platform.messaging.InboundEvent;
import fr.portailfamilles.reservation.Topics;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/** Keeps each activity's calendar as the registration service publishes it; tells when it closes days it offered. */
@Configuration(proxyBeanMethods = false)
class LearningActivities {

    private static final Logger log = LoggerFactory.getLogger(LearningActivities.class);

    @Bean
    Consumer<Message<String>> learnActivitySchedule(ActivitySchedules schedules, ApplicationEventPublisher publisher,
            JsonMapper json) {
        return message -> {
            InboundEvent event = InboundEvent.from(message);
            if (!Topics.ACTIVITY_PUBLISHED.equals(event.type())) {
                return;
            }
            ActivityPublished activity = event.payloadAs(json, ActivityPublished.class);
            if (activity.activityId() == null) {
                throw new IllegalArgumentException("activity-published without activityId");
            }
            schedules.learn(event.id(), activity).ifPresent(newlyClosed -> {
                log.info("Calendar of activity {} learned (published at {})", activity.activityId(),
                        activity.publishedAt());
                if (!newlyClosed.isEmpty()) {
                    publisher.publishEvent(new ActivityDaysClosed(activity.activityId(), newlyClosed,
                            "Fermeture de la structure"));
                }
            });
        };
    }
}
