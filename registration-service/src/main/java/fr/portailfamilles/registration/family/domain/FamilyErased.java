package fr.portailfamilles.registration.family.domain;

import java.time.Instant;

/** The family asked to be forgotten: this service dropped its copy, its registrations must follow. */
public record FamilyErased(String familyId, Instant erasedAt) {
}
