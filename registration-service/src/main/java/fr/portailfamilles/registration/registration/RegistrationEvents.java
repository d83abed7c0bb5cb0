package fr.portailfamilles.registration.registration;

import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.platform.outbox.OutboxEvents;
import fr.portailfamilles.registration.registration.domain.RegistrationApproved;
import fr.portailfamilles.registration.registration.domain.RegistrationCancelled;
import fr.portailfamilles.registration.registration.domain.RegistrationRejected;
import fr.portailfamilles.registration.registration.domain.RegistrationRequested;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Turns the registration's domain events into the thin, versioned integration events of
 * {@code contracts/asyncapi/registration.yaml}. Key = registration id, so one registration's
 * events stay in order. Only a first name leaves the service, for the family's dashboard.
 */
@Component
public class RegistrationEvents {

    public static final String TOPIC = "registration.registration.v1";
    public static final String REQUESTED = "fr.portailfamilles.registration.requested.v1";
    public static final String APPROVED = "fr.portailfamilles.registration.approved.v1";
    public static final String REJECTED = "fr.portailfamilles.registration.rejected.v1";
    public static final String CANCELLED = "fr.portailfamilles.registration.cancelled.v1";

    private final OutboxEvents outboxEvents;

    RegistrationEvents(OutboxEvents outboxEvents) {
        this.outboxEvents = outboxEvents;
    }

    OutboxEvent of(RegistrationRequested e) {
        return outboxEvents.create(TOPIC, e.registrationId(), REQUESTED, new RequestedV1(e.registrationId(),
                e.familyId(), e.child().childId(), e.child().firstName(), e.activity().activityId(),
                e.activity().name(), e.requestedAt()));
    }

    OutboxEvent of(RegistrationApproved e) {
        return outboxEvents.create(TOPIC, e.registrationId(), APPROVED, new ApprovedV1(e.registrationId(),
                e.familyId(), e.child().childId(), e.child().firstName(), e.activity().activityId(),
                e.activity().name(), e.activity().seasonId(), e.startDate(), e.endDate(), e.approvedAt(),
                e.automatic()));
    }

    OutboxEvent of(RegistrationRejected e) {
        return outboxEvents.create(TOPIC, e.registrationId(), REJECTED, new RejectedV1(e.registrationId(),
                e.familyId(), e.child().childId(), e.activity().activityId(), e.activity().name(), e.reason(),
                e.rejectedAt()));
    }

    OutboxEvent of(RegistrationCancelled e) {
        return outboxEvents.create(TOPIC, e.registrationId(), CANCELLED, new CancelledV1(e.registrationId(),
                e.familyId(), e.child().childId(), e.activity().activityId(), e.activity().name(),
                e.cancelledAt()));
    }

    /** Payload of {@code fr.portailfamilles.registration.requested.v1}. */
    public record RequestedV1(String registrationId, String familyId, String childId, String childFirstName,
            String activityId, String activityName, Instant requestedAt) {
    }

    /** Payload of {@code fr.portailfamilles.registration.approved.v1}: the grid opens from startDate to endDate. */
    public record ApprovedV1(String registrationId, String familyId, String childId, String childFirstName,
            String activityId, String activityName, String seasonId, LocalDate startDate, LocalDate endDate,
            Instant approvedAt, boolean automatic) {
    }

    /** Payload of {@code fr.portailfamilles.registration.rejected.v1}. */
    public record RejectedV1(String registrationId, String familyId, String childId, String activityId,
            String activityName, String reason, Instant rejectedAt) {
    }

    /** Payload of {@code fr.portailfamilles.registration.cancelled.v1}. */
    public record CancelledV1(String registrationId, String familyId, String childId, String activityId,
            String activityName, Instant cancelledAt) {
    }
}
