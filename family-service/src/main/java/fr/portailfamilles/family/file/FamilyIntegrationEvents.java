package fr.portailfamilles.family.file;

import fr.portailfamilles.family.file.domain.Family;
import fr.portailfamilles.family.file.domain.FamilyEvent;
import fr.portailfamilles.family.file.domain.FamilyEvent.ChildCareFlagsChanged;
import fr.portailfamilles.family.file.domain.FamilyEvent.ChildUpdated;
import fr.portailfamilles.family.file.domain.FamilyEvent.ContactChanged;
import fr.portailfamilles.family.file.domain.FamilyEvent.FamilyErased;
import fr.portailfamilles.family.file.domain.FamilyEvent.FileCompleted;
import fr.portailfamilles.family.file.domain.FamilyEvent.GuardianEmailChanged;
import fr.portailfamilles.family.file.domain.FamilyEvent.QuotientChanged;
import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.platform.outbox.OutboxEvents;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Turns what happened to a family into the integration events of {@code family.family.v1}
 * (contracts/asyncapi/family.yaml): thin, versioned, keyed by family id, never a health note.
 */
@Component
public class FamilyIntegrationEvents {

    public static final String TOPIC = "family.family.v1";
    public static final String FILE_COMPLETED = "fr.portailfamilles.family.file-completed.v1";
    public static final String CHILD_UPDATED = "fr.portailfamilles.family.child-updated.v1";
    public static final String CHILD_CARE_FLAGS_CHANGED = "fr.portailfamilles.family.child-care-flags-changed.v1";
    public static final String QUOTIENT_CHANGED = "fr.portailfamilles.family.quotient-changed.v1";
    public static final String CONTACT_CHANGED = "fr.portailfamilles.family.contact-changed.v1";
    public static final String GUARDIAN_EMAIL_CHANGED = "fr.portailfamilles.family.guardian-email-changed.v1";
    public static final String FAMILY_ERASED = "fr.portailfamilles.family.family-erased.v1";

    private final OutboxEvents outboxEvents;

    FamilyIntegrationEvents(OutboxEvents outboxEvents) {
        this.outboxEvents = outboxEvents;
    }

    /** Moves the family's recorded events into its outbox, to be written with it. */
    public void queue(Family family) {
        family.takeEvents().forEach(event -> family.queue(toOutbox(event)));
    }

    private OutboxEvent toOutbox(FamilyEvent event) {
        if (event instanceof FileCompleted e) {
            return create(e, FILE_COMPLETED,
                    new FileCompletedV1(e.familyId(), e.email(), e.firstName(), e.lastName(), e.at()));
        }
        if (event instanceof ChildUpdated e) {
            return create(e, CHILD_UPDATED, new ChildUpdatedV1(e.familyId(), e.childId(), e.identity().firstName(),
                    e.identity().lastName(), e.identity().birthDate(), e.school(), e.schoolClass(), e.at()));
        }
        if (event instanceof ChildCareFlagsChanged e) {
            return create(e, CHILD_CARE_FLAGS_CHANGED, new ChildCareFlagsChangedV1(e.familyId(), e.childId(),
                    e.flags().pai(), e.flags().allergy(), e.flags().diet(), e.at()));
        }
        if (event instanceof QuotientChanged e) {
            return create(e, QUOTIENT_CHANGED,
                    new QuotientChangedV1(e.familyId(), e.quotient().value(), e.quotient().proofDate(), e.at()));
        }
        if (event instanceof ContactChanged e) {
            return create(e, CONTACT_CHANGED, new ContactChangedV1(e.familyId(), e.guardianId(), e.at()));
        }
        if (event instanceof GuardianEmailChanged e) {
            return create(e, GUARDIAN_EMAIL_CHANGED, new GuardianEmailChangedV1(e.familyId(), e.guardianId(),
                    e.oldEmail(), e.newEmail(), e.at()));
        }
        FamilyErased e = (FamilyErased) event;
        return create(e, FAMILY_ERASED, new FamilyErasedV1(e.familyId(), e.at()));
    }

    private OutboxEvent create(FamilyEvent event, String type, Object payload) {
        return outboxEvents.create(TOPIC, event.familyId(), type, payload);
    }

    record FileCompletedV1(String familyId, String email, String firstName, String lastName, Instant completedAt) {
    }

    record ChildUpdatedV1(String familyId, String childId, String firstName, String lastName, LocalDate birthDate,
            String school, String schoolClass, Instant updatedAt) {
    }

    /** Booleans only: the health notes themselves never leave this service. */
    record ChildCareFlagsChangedV1(String familyId, String childId, boolean hasPai, boolean hasAllergy,
            boolean hasDiet, Instant changedAt) {
    }

    record QuotientChangedV1(String familyId, int quotient, LocalDate proofDate, Instant changedAt) {
    }

    record ContactChangedV1(String familyId, String guardianId, Instant changedAt) {
    }

    /** The login's old and new address: identity-service needs both to find and change the account. */
    record GuardianEmailChangedV1(String familyId, String guardianId, String oldEmail, String newEmail,
            Instant changedAt) {
    }

    record FamilyErasedV1(String familyId, Instant erasedAt) {
    }
}
