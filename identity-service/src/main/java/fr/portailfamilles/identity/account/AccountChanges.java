package fr.portailfamilles.identity.account;

import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.account.domain.Accounts;
import fr.portailfamilles.platform.outbox.OutboxRelay;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Applies a change to one account and saves it in one write, trying again on a fresh copy when
 * someone else (a login, the relays) changed the account in between; then wakes the relays so
 * that the mails and events the change recorded leave at once.
 */
@Component
public class AccountChanges {

    private static final int ATTEMPTS = 5;

    private final Accounts accounts;
    private final ObjectProvider<OutboxRelay> outboxRelay;
    private final ObjectProvider<MailWakeUp> mailRelay;

    AccountChanges(Accounts accounts, ObjectProvider<OutboxRelay> outboxRelay, ObjectProvider<MailWakeUp> mailRelay) {
        this.accounts = accounts;
        this.outboxRelay = outboxRelay;
        this.mailRelay = mailRelay;
    }

    public <R> R apply(String accountId, Function<Account, R> change) {
        for (int attempt = 1; ; attempt++) {
            Account account = accounts.findById(accountId).orElseThrow(() -> notFound(accountId));
            R result = change.apply(account);
            try {
                accounts.save(account);
                wakeRelays();
                return result;
            } catch (OptimisticLockingFailureException concurrentChange) {
                if (attempt == ATTEMPTS) {
                    throw concurrentChange;
                }
            }
        }
    }

    public void wakeRelays() {
        outboxRelay.ifAvailable(OutboxRelay::wake);
        mailRelay.ifAvailable(MailWakeUp::wake);
    }

    public static DomainProblem notFound(String accountId) {
        return DomainProblem.notFound("compte-introuvable", "Le compte « %s » est introuvable.".formatted(accountId));
    }

    /** Implemented by the mail relay, so that a change can ask it to look now rather than at its next poll. */
    public interface MailWakeUp {
        void wake();
    }
}
