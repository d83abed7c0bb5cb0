package fr.portailfamilles.registration.registration.domain;

import java.time.Instant;

/** A parent asked to register a child to an activity. */
public record RegistrationRequested(String registrationId, String familyId, ChildSnapshot child,
        ActivitySnapshot activity, Instant requestedAt) {
}
