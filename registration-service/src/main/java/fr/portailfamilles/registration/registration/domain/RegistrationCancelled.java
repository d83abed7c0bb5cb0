package fr.portailfamilles.registration.registration.domain;

import java.time.Instant;

/** The request or the registration was withdrawn; the child's grid for it closes. */
public record RegistrationCancelled(String registrationId, String familyId, ChildSnapshot child,
        ActivitySnapshot activity, Instant cancelledAt) {
}
