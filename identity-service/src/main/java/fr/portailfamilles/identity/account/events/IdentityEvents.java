package fr.portailfamilles.identity.account.events;

import fr.portailfamilles.identity.account.domain.AccountOpened;
import fr.portailfamilles.identity.account.domain.EmailChanged;
import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.platform.outbox.OutboxEvents;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Turns the account's domain events into the thin, versioned integration events of the contract;
 * the record key is the account id, so one account's events stay in order.
 */
@Component
public class IdentityEvents {

    public static final String TOPIC = "identity.account.v1";
    public static final String ACCOUNT_OPENED = "fr.portailfamilles.identity.account-opened.v1";
    public static final String EMAIL_CHANGED = "fr.portailfamilles.identity.email-changed.v1";

    private final OutboxEvents outboxEvents;

    public IdentityEvents(OutboxEvents outboxEvents) {
        this.outboxEvents = outboxEvents;
    }

    public OutboxEvent of(AccountOpened opened) {
        return outboxEvents.create(TOPIC, opened.accountId(), ACCOUNT_OPENED,
                new AccountOpenedV1(opened.accountId(), opened.familyId(), opened.email(), opened.openedAt()));
    }

    public OutboxEvent of(EmailChanged changed) {
        return outboxEvents.create(TOPIC, changed.accountId(), EMAIL_CHANGED, new EmailChangedV1(
                changed.accountId(), changed.familyId(), changed.oldEmail(), changed.newEmail(), changed.changedAt()));
    }

    /** Payload of {@code fr.portailfamilles.identity.account-opened.v1}. */
    public record AccountOpenedV1(String accountId, String familyId, String email, Instant openedAt) {
    }

    /** Payload of {@code fr.portailfamilles.identity.email-changed.v1}. */
    public record EmailChangedV1(String accountId, String familyId, String oldEmail, String newEmail,
            Instant changedAt) {
    }
}
