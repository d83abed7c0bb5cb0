package fr.portailfamilles.identity.account.me;

import fr.portailfamilles.identity.account.AccountChanges;
import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.account.domain.Accounts;
import fr.portailfamilles.identity.account.domain.PasswordPolicy;
import fr.portailfamilles.identity.login.LoginAttempts;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * A holder changing their own password: the current one is asked again, and wrong answers count
 * as failed logins, so that a stolen token cannot be used to guess the password.
 */
@Service
public class MyAccount {

    private final Accounts accounts;
    private final AccountChanges changes;
    private final PasswordEncoder encoder;
    private final LoginAttempts attempts;
    private final Clock clock;
    private final PasswordPolicy policy = PasswordPolicy.standard();

    MyAccount(Accounts accounts, AccountChanges changes, PasswordEncoder encoder, LoginAttempts attempts,
            Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.encoder = encoder;
        this.attempts = attempts;
        this.clock = clock;
    }

    public Account find(String accountId) {
        return accounts.findById(accountId).orElseThrow(() -> AccountChanges.notFound(accountId));
    }

    public void changePassword(String accountId, String currentPassword, String newPassword, String address) {
        Account account = find(accountId);
        attempts.pausedUntil(account.email(), address).ifPresent(until -> {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
        });
        if (account.passwordHash() == null || !encoder.matches(currentPassword, account.passwordHash())) {
            attempts.failed(account.email(), address);
            throw DomainProblem.unprocessable("mot-de-passe-actuel-incorrect", "Le mot de passe actuel est incorrect.");
        }
        policy.check(newPassword, account.email());
        if (encoder.matches(newPassword, account.passwordHash())) {
            throw DomainProblem.unprocessable("mot-de-passe-identique",
                    "Le nouveau mot de passe doit être différent de l'actuel.");
        }
        String encoded = encoder.encode(newPassword);
        changes.apply(accountId, current -> {
            current.changePassword(encoded, clock.instant());
            return current;
        });
    }
}
