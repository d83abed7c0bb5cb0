package fr.portailfamilles.identity.account.staff;

import fr.portailfamilles.identity.account.AccountChanges;
import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.account.domain.Accounts;
import fr.portailfamilles.identity.account.domain.EmailAddress;
import fr.portailfamilles.identity.account.domain.EmailChanged;
import fr.portailfamilles.identity.account.domain.LoginRecord;
import fr.portailfamilles.identity.account.domain.Role;
import fr.portailfamilles.identity.account.events.IdentityEvents;
import fr.portailfamilles.identity.login.AuthEvents;
import fr.portailfamilles.identity.oauth.MongoAuthorizations;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** The staff's work on accounts. Staff act on parents' accounts; only administrators on staff accounts. */
@Service
public class ManagingAccounts {

    static final int MAX_PAGE_SIZE = 100;
    private static final int FAILURES_SHOWN = 10;

    private final Accounts accounts;
    private final AccountChanges changes;
    private final IdentityEvents events;
    private final AuthEvents authEvents;
    private final MongoAuthorizations authorizations;
    private final Clock clock;

    ManagingAccounts(Accounts accounts, AccountChanges changes, IdentityEvents events, AuthEvents authEvents,
            MongoAuthorizations authorizations, Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.events = events;
        this.authEvents = authEvents;
        this.authorizations = authorizations;
        this.clock = clock;
    }

    public AccountPage search(String text, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw DomainProblem.invalid("pagination-invalide",
                    "La page doit être positive et sa taille comprise entre 1 et %d.".formatted(MAX_PAGE_SIZE));
        }
        List<AccountView> found = accounts.search(text, page, size).stream().map(AccountView::of).toList();
        return new AccountPage(found, accounts.count(text), page, size);
    }

    public AccountView find(String accountId) {
        return AccountView.of(load(accountId));
    }

    public AccountView lock(String accountId, Actor actor) {
        Account locked = changes.apply(accountId, account -> {
            actor.mayManage(account);
            account.lock(clock.instant());
            return account;
        });
        authorizations.removeAllOf(accountId);
        return AccountView.of(locked);
    }

    public AccountView unlock(String accountId, Actor actor) {
        return AccountView.of(changes.apply(accountId, account -> {
            actor.mayManage(account);
            account.unlock();
            return account;
        }));
    }

    public Logins logins(String accountId) {
        Account account = load(accountId);
        return new Logins(reversed(account.lastLogins()), authEvents.latestFailures(account.email(), FAILURES_SHOWN));
    }

    /** Changes the login; the change is published so that family-service follows it. */
    public AccountView changeEmail(String accountId, String newEmail, Actor actor) {
        String normalized = EmailAddress.normalize(newEmail);
        accounts.findByEmail(normalized).filter(other -> !other.id().equals(accountId)).ifPresent(other -> {
            throw emailTaken(normalized);
        });
        try {
            return AccountView.of(changes.apply(accountId, account -> {
                actor.mayManage(account);
                EmailChanged changed = account.changeEmail(normalized, clock.instant());
                account.publish(events.of(changed));
                return account;
            }));
        } catch (DuplicateKeyException taken) {
            throw emailTaken(normalized);
        }
    }

    private static <T> List<T> reversed(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }

    private Account load(String accountId) {
        return accounts.findById(accountId).orElseThrow(() -> AccountChanges.notFound(accountId));
    }

    private static DomainProblem emailTaken(String email) {
        return DomainProblem.conflict("adresse-email-deja-utilisee",
                "L'adresse e-mail « %s » est déjà l'identifiant d'un autre compte.".formatted(email));
    }

    /** A page of accounts found. */
    public record AccountPage(List<AccountView> accounts, long total, int page, int size) {
    }

    /** The latest successful logins and refused attempts of an account, latest first. */
    public record Logins(List<LoginRecord> lastLogins,
            List<AuthEvents.Attempt> latestFailures) {
    }

    /** Who acts, with which roles: an agent manages parents' accounts, an administrator any other's. */
    public record Actor(String accountId, Set<Role> roles) {

        void mayManage(Account account) {
            if (account.id().equals(accountId)) {
                throw DomainProblem.forbidden("action-sur-son-propre-compte",
                        "Vous ne pouvez pas faire cette action sur votre propre compte.");
            }
            if (account.isStaff() && !roles.contains(Role.ADMIN)) {
                throw DomainProblem.forbidden("reserve-aux-administrateurs",
                        "Seul un administrateur peut modifier le compte d'un agent.");
            }
        }
    }
}
