package fr.portailfamilles.reservation.attendance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** Our own reading of the family service's events on {@code family.family.v1}: only what the attendance list needs. */
final class FamilyMessages {

    private FamilyMessages() {
    }

    /** {@code fr.portailfamilles.family.child-care-flags-changed.v1}: three booleans, never the health notes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChildCareFlagsChanged(String familyId, String childId, Boolean hasPai, Boolean hasAllergy, Boolean hasDiet,
            Instant changedAt) {
    }

    /** {@code fr.portailfamilles.family.family-erased.v1} */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FamilyErased(String familyId, Instant erasedAt) {
    }
}
