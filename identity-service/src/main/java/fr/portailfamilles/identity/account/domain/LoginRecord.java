package fr.portailfamilles.identity.account.domain;

import java.time.Instant;

/** One successful login: when, and from which address. */
public record LoginRecord(Instant at, String address) {
}
