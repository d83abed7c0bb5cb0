package fr.portailfamilles.identity.account.opening;

import java.time.Instant;

/**
 * What identity reads of family-service's {@code fr.portailfamilles.family.guardian-email-changed.v1}
 * (topic {@code family.family.v1}, key = family id); other fields are ignored.
 */
public record GuardianEmailChanged(String familyId, String oldEmail, String newEmail, Instant changedAt) {
}
