package fr.portailfamilles.registration.registration.domain;

import java.time.Instant;

/** Staff refused the request, for a reason the parent reads. */
public record RegistrationRejected(String registrationId, String familyId, ChildSnapshot child,
        ActivitySnapshot activity, String reason, Instant rejectedAt) {
}
