package fr.portailfamilles.identity.account.opening;

import fr.portailfamilles.identity.account.AccountChanges;
import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.account.domain.Accounts;
import fr.portailfamilles.identity.account.domain.EmailAddress;
import fr.portailfamilles.identity.account.events.IdentityEvents;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Staff changed a guardian's e-mail in the family file: the family's account whose login was the former
 * address takes the new one, mails both addresses and publishes {@code email-changed} (which
 * family-service then finds already applied), in one write with the memory of the event, so a
 * redelivery changes nothing. An account already at the new address — identity's own change coming
 * back — or no account at the former one changes and publishes nothing. A new address that is already
 * another account's login is refused: the login stays, the refusal is logged and counted in
 * {@code identity_login_changes_not_followed_total}, since retrying cannot help.
 */
@Service
public class FollowingGuardianEmails {

    private static final Logger log = LoggerFactory.getLogger(FollowingGuardianEmails.class);

    private final Accounts accounts;
    private final AccountChanges changes;
    private final IdentityEvents events;
    private final MeterRegistry meters;
    private final Clock clock;

    FollowingGuardianEmails(Accounts accounts, AccountChanges changes, IdentityEvents events, MeterRegistry meters,
            Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.events = events;
        this.meters = meters;
        this.clock = clock;
    }

    public void follow(String eventId, GuardianEmailChanged change) {
        String oldEmail = EmailAddress.normalize(change.oldEmail());
        String newEmail = EmailAddress.normalize(change.newEmail());
        Optional<Account> account = familyAccount(change.familyId(), oldEmail);
        if (account.isEmpty()) {
            log.info("Guardian e-mail change {} of family {}: {}", eventId, change.familyId(),
                    familyAccount(change.familyId(), newEmail).isPresent() ? "the login is already the new address"
                            : "no account of the family has the former address");
            return;
        }
        String accountId = account.get().id();
        if (accounts.findByEmail(newEmail).isPresent()) {
            refuse(change.familyId(), accountId);
            return;
        }
        try {
            boolean changed = changes.apply(accountId, holder -> {
                if (holder.hasApplied(eventId) || !holder.email().equals(oldEmail)) {
                    return false;
                }
                holder.publish(events.of(holder.changeEmail(newEmail, clock.instant())));
                holder.rememberApplied(eventId);
                return true;
            });
            log.info("Guardian e-mail change {} of family {}: login of account {} {}", eventId, change.familyId(),
                    accountId, changed ? "changed" : "already followed");
        } catch (DuplicateKeyException taken) {
            refuse(change.familyId(), accountId);
        }
    }

    private Optional<Account> familyAccount(String familyId, String email) {
        return accounts.findByEmail(email).filter(account -> familyId != null && familyId.equals(account.familyId()));
    }

    private void refuse(String familyId, String accountId) {
        meters.counter("identity.login.changes.not.followed", "reason", "email-taken").increment();
        log.error("The new e-mail of a guardian of family {} is already the login of another account: the login of "
                + "account {} stays the former address; staff must sort it out", familyId, accountId);
    }
}
