package fr.portailfamilles.registration.family;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What this service reads of family-service's events on {@code family.family.v1} (key = family id).
 * These are this service's own records of the producer's contract; other fields are ignored.
 */
final class FamilyEventsV1 {

    static final String TOPIC = "family.family.v1";
    static final String FILE_COMPLETED = "fr.portailfamilles.family.file-completed.v1";
    static final String CHILD_UPDATED = "fr.portailfamilles.family.child-updated.v1";
    static final String FAMILY_ERASED = "fr.portailfamilles.family.family-erased.v1";

    private FamilyEventsV1() {
    }

    /** Payload of {@code fr.portailfamilles.family.file-completed.v1}: the guardian holding the account. */
    record FileCompleted(String familyId, String email, String firstName, String lastName, Instant completedAt) {
    }

    /** Payload of {@code fr.portailfamilles.family.child-updated.v1}: a child added or changed. */
    record ChildUpdated(String familyId, String childId, String firstName, String lastName, LocalDate birthDate,
            String school, String schoolClass, Instant updatedAt) {
    }

    /** Payload of {@code fr.portailfamilles.family.family-erased.v1}. */
    record FamilyErased(String familyId, Instant erasedAt) {
    }
}
