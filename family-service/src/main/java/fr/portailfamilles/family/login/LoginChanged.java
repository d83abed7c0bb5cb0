package fr.portailfamilles.family.login;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * What family-service reads of identity-service's {@code fr.portailfamilles.identity.email-changed.v1}
 * (topic {@code identity.account.v1}, key = account id); checked against the producer's schema by
 * {@code IdentityContractTest}.
 *
 * @param familyId null for a staff account: nothing for the family files then
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoginChanged(String accountId, String familyId, String oldEmail, String newEmail, Instant changedAt) {
}
