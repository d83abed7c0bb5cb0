package fr.portailfamilles.identity.account.domain;

import java.time.Instant;

/**
 * The single-use secret of a password link, of which only a hash is kept.
 *
 * @param hash      SHA-256 of the token carried by the link
 * @param issuedAt  when the link was made
 * @param expiresAt after this instant the link no longer works
 */
public record PasswordToken(String hash, Instant issuedAt, Instant expiresAt) {

    boolean isValid(String presentedHash, Instant at) {
        return hash.equals(presentedHash) && at.isBefore(expiresAt);
    }
}
