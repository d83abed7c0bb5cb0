package fr.portailfamilles.identity.account.opening;

import java.time.Instant;

/**
 * What identity reads of family-service's {@code fr.portailfamilles.family.file-completed.v1}
 * (topic {@code family.family.v1}, key = family id); other fields are ignored.
 */
public record FamilyFileCompleted(String familyId, String email, String firstName, String lastName,
        Instant completedAt) {

    String displayName() {
        String name = ((firstName == null ? "" : firstName.strip()) + " " + (lastName == null ? "" : lastName.strip()))
                .strip();
        return name.isEmpty() ? email : name;
    }
}
