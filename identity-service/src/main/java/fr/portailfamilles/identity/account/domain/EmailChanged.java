package fr.portailfamilles.identity.account.domain;

import java.time.Instant;

/** Staff changed the e-mail address that is the login of an account. */
public record EmailChanged(String accountId, String familyId, String oldEmail, String newEmail, Instant changedAt) {
}
