package fr.portailfamilles.identity.account.password;

import fr.portailfamilles.identity.account.AccountChanges;
import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.account.domain.AccountState;
import fr.portailfamilles.identity.account.domain.Accounts;
import fr.portailfamilles.identity.account.domain.EmailAddress;
import fr.portailfamilles.identity.account.domain.PasswordPolicy;
import fr.portailfamilles.identity.account.domain.Role;
import fr.portailfamilles.identity.account.events.IdentityEvents;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Choosing a password through a link, and getting such a link: on opening, when forgotten, or from staff. */
@Service
public class SettingPasswords {

    private final Accounts accounts;
    private final AccountChanges changes;
    private final PasswordLinks links;
    private final PasswordLinkProperties properties;
    private final PasswordEncoder encoder;
    private final IdentityEvents events;
    private final Clock clock;
    private final PasswordPolicy policy = PasswordPolicy.standard();

    SettingPasswords(Accounts accounts, AccountChanges changes, PasswordLinks links, PasswordLinkProperties properties,
            PasswordEncoder encoder, IdentityEvents events, Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.links = links;
        this.properties = properties;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** The account a link opens, if the link can still be used. */
    public Optional<Account> accountOfLink(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        String hash = links.hashOf(secret);
        return accounts.findByPasswordToken(hash).filter(account -> account.acceptsLink(hash, clock.instant()));
    }

    /** Sets the password and consumes the link; the account can log in at once. */
    public void setWithLink(String secret, String password) {
        Account account = accountOfLink(secret).orElseThrow(SettingPasswords::invalidLink);
        policy.check(password, account.email());
        String hash = links.hashOf(secret);
        String encoded = encoder.encode(password);
        changes.apply(account.id(), current -> {
            current.setPasswordWithLink(hash, encoded, clock.instant())
                    .filter(opened -> current.roles().contains(Role.PARENT))
                    .ifPresent(opened -> current.publish(events.of(opened)));
            return current;
        });
    }

    /**
     * « Mot de passe oublié » : mails a link when the address is the login of an account that may
     * use one. The caller answers the same whatever happened, so nobody learns who has an account.
     */
    public void requestLink(String email) {
        String login = EmailAddress.normalize(email);
        accounts.findByEmail(login)
                .filter(account -> account.state() != AccountState.LOCKED)
                .filter(account -> !account.hasRecentLink(clock.instant(), properties.resendPause()))
                .ifPresent(account -> mailLink(account.id()));
    }

    /** Staff resend the link, e.g. when a parent lost the first mail. */
    public void mailLink(String accountId) {
        changes.apply(accountId, account -> {
            PasswordLinks.Issued issued = links.issue(clock.instant());
            account.issuePasswordLink(issued.tokenId(), issued.token(), clock.instant());
            return account;
        });
    }

    public void check(String password, String email) {
        policy.check(password, email);
    }

    static DomainProblem invalidLink() {
        return DomainProblem.unprocessable("lien-invalide", "Ce lien n'est plus valable : il a déjà servi, a expiré "
                + "ou a été remplacé par un lien plus récent. Vous pouvez demander un nouveau lien.");
    }
}
