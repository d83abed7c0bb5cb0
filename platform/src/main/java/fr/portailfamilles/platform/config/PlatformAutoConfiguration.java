package fr.portailfamilles.platform.config;

import fr.portailfamilles.platform.messaging.AppliedEvents;
import fr.portailfamilles.platform.messaging.BatchDeadLetters;
import fr.portailfamilles.platform.messaging.ConsumedTraces;
import fr.portailfamilles.platform.messaging.BinderProducers;
import fr.portailfamilles.platform.messaging.DeadLetters;
import fr.portailfamilles.platform.messaging.KafkaEventPublisher;
import fr.portailfamilles.platform.outbox.EventPublisher;
import fr.portailfamilles.platform.outbox.OutboxEvents;
import fr.portailfamilles.platform.outbox.OutboxProperties;
import fr.portailfamilles.platform.outbox.OutboxRelay;
import fr.portailfamilles.platform.outbox.TracedPublishing;
import fr.portailfamilles.platform.problem.ProblemResponses;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Gives every service the problem+json errors, the outbox and its relay, and idempotent consumption. */
@AutoConfiguration
@EnableConfigurationProperties(OutboxProperties.class)
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }

    @Bean
    OutboxEvents outboxEvents(JsonMapper json, Clock clock, Tracer tracer, Propagator propagator) {
        return new OutboxEvents(json, clock, tracer, propagator);
    }

    /** Applied by the Kafka binder to every producer binding it creates. */
    @Bean
    BinderProducers binderProducers() {
        return new BinderProducers();
    }

    @Bean
    @ConditionalOnMissingBean
    EventPublisher eventPublisher(StreamBridge bridge, BinderProducers producers, Tracer tracer,
            Propagator propagator, @Value("${spring.application.name}") String application) {
        return new KafkaEventPublisher(bridge, producers, "/portail-familles/" + application, tracer, propagator);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxProperties properties,
            Tracer tracer, Propagator propagator, MeterRegistry meters) {
        return new OutboxRelay(mongo, publisher, properties, new TracedPublishing(tracer, propagator), meters);
    }

    @Bean
    AppliedEvents appliedEvents(MongoTemplate mongo) {
        return new AppliedEvents(mongo);
    }

    @Bean
    DeadLetters deadLetters(MeterRegistry meters) {
        return new DeadLetters(meters);
    }

    /** Applied by the Kafka binder to every consumer binding; acts on those consuming in batches. */
    @Bean
    BatchDeadLetters batchDeadLetters(DeadLetters deadLetters,
            @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers) {
        return new BatchDeadLetters(deadLetters, brokers);
    }

    @Bean
    ConsumedTraces consumedTraces(Tracer tracer, Propagator propagator) {
        return new ConsumedTraces(tracer, propagator);
    }
}
