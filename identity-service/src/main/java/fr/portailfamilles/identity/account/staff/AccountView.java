package fr.portailfamilles.identity.account.staff;

import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.account.domain.AccountState;
import fr.portailfamilles.identity.account.domain.LoginRecord;
import fr.portailfamilles.identity.account.domain.Role;
import java.time.Instant;
import java.util.List;

/** An account as staff see it through the API: never its password hash, links or pending mails. */
public record AccountView(String id, String email, String displayName, List<Role> roles, String familyId,
        AccountState state, Instant createdAt, Instant activatedAt, Instant lockedAt, Instant lastLoginAt) {

    public static AccountView of(Account account) {
        List<LoginRecord> logins = account.lastLogins();
        return new AccountView(account.id(), account.email(), account.displayName(),
                account.roles().stream().sorted().toList(), account.familyId(), account.state(), account.createdAt(),
                account.activatedAt(), account.lockedAt(),
                logins.isEmpty() ? null : logins.get(logins.size() - 1).at());
    }
}
