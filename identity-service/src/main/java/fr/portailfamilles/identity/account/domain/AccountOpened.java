package fr.portailfamilles.identity.account.domain;

import java.time.Instant;

/** A holder chose their first password: the account can be used from now on. */
public record AccountOpened(String accountId, String familyId, String email, Instant openedAt) {
}
