package fr.portailfamilles.family.dashboard;

import static fr.portailfamilles.family.dashboard.EventMappings.timeOf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.portailfamilles.family.dashboard.domain.RequestKind;
import fr.portailfamilles.family.dashboard.domain.RequestState;
import fr.portailfamilles.family.dashboard.domain.RequestUpdate;
import fr.portailfamilles.family.dashboard.domain.Transition;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the dashboard reads registration-service's {@code registration.registration.v1} (key =
 * registration id). The records below are this service's own copy of what it reads, checked
 * against the producer's schemas by {@code RegistrationContractTest}; other fields are ignored.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationEventMappings {

    static final String TOPIC = "registration.registration.v1";
    static final String REQUESTED = "fr.portailfamilles.registration.requested.v1";
    static final String APPROVED = "fr.portailfamilles.registration.approved.v1";
    static final String REJECTED = "fr.portailfamilles.registration.rejected.v1";
    static final String CANCELLED = "fr.portailfamilles.registration.cancelled.v1";

    @Bean
    RequestEventMapping registrationRequested(JsonMapper json) {
        return EventMappings.of(REQUESTED, RegistrationRequested.class, json, (p, e) -> new RequestUpdate(
                RequestKind.REGISTRATION, p.registrationId(), p.familyId(), p.childId(), p.childFirstName(),
                p.activityId(), p.activityName(), timeOf(p.requestedAt(), e),
                Transition.to(RequestState.PENDING, timeOf(p.requestedAt(), e))));
    }

    @Bean
    RequestEventMapping registrationApproved(JsonMapper json) {
        return EventMappings.of(APPROVED, RegistrationApproved.class, json, (p, e) -> new RequestUpdate(
                RequestKind.REGISTRATION, p.registrationId(), p.familyId(), p.childId(), null, p.activityId(),
                p.activityName(), null, new Transition(RequestState.ACCEPTED, timeOf(p.approvedAt(), e), null,
                        Boolean.TRUE.equals(p.automatic()) ? "Validée automatiquement" : null)));
    }

    @Bean
    RequestEventMapping registrationRejected(JsonMapper json) {
        return EventMappings.of(REJECTED, RegistrationRejected.class, json, (p, e) -> new RequestUpdate(
                RequestKind.REGISTRATION, p.registrationId(), p.familyId(), p.childId(), null, p.activityId(),
                p.activityName(), null,
                new Transition(RequestState.REFUSED, timeOf(p.rejectedAt(), e), p.reason(), null)));
    }

    @Bean
    RequestEventMapping registrationCancelled(JsonMapper json) {
        return EventMappings.of(CANCELLED, RegistrationCancelled.class, json, (p, e) -> new RequestUpdate(
                RequestKind.REGISTRATION, p.registrationId(), p.familyId(), p.childId(), null, p.activityId(),
                p.activityName(), null, Transition.to(RequestState.CANCELLED, timeOf(p.cancelledAt(), e))));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RegistrationRequested(String registrationId, String familyId, String childId, String childFirstName,
            String activityId, String activityName, Instant requestedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RegistrationApproved(String registrationId, String familyId, String childId, String activityId,
            String activityName, Instant approvedAt, Boolean automatic) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RegistrationRejected(String registrationId, String familyId, String childId, String activityId,
            String activityName, String reason, Instant rejectedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RegistrationCancelled(String registrationId, String familyId, String childId, String activityId,
            String activityName, Instant cancelledAt) {
    }
}
