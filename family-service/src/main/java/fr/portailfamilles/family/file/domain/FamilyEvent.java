package fr.portailfamilles.family.file.domain;

import java.time.Instant;
import java.time.LocalDate;

/** What happened to a family, as the aggregate records it; the application publishes the integration events. */
public sealed interface FamilyEvent {

    String familyId();

    Instant at();

    /** Staff checked the file complete; the account holder's account can open. */
    record FileCompleted(String familyId, String email, String firstName, String lastName, Instant at)
            implements FamilyEvent {
    }

    /** A child was added, or what other services know of it changed. */
    record ChildUpdated(String familyId, String childId, ChildIdentity identity, String school, String schoolClass,
            Instant at) implements FamilyEvent {
    }

    /** A child was added, or whether its file records a PAI, an allergy or a diet changed: the flags only. */
    record ChildCareFlagsChanged(String familyId, String childId, CareFlags flags, Instant at) implements FamilyEvent {
    }

    record QuotientChanged(String familyId, FamilyQuotient quotient, Instant at) implements FamilyEvent {
    }

    /** A guardian's contact details changed, directly by staff or by an approved request. */
    record ContactChanged(String familyId, String guardianId, Instant at) implements FamilyEvent {
    }

    /**
     * A guardian's e-mail changed from one address to another: staff changed it in the file, or the file
     * followed a change of the login in identity-service.
     */
    record GuardianEmailChanged(String familyId, String guardianId, String oldEmail, String newEmail, Instant at)
            implements FamilyEvent {
    }

    record FamilyErased(String familyId, Instant at) implements FamilyEvent {
    }
}
