package fr.portailfamilles.identity.notification;

import fr.portailfamilles.identity.account.AccountChanges;
import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.account.domain.Accounts;
import fr.portailfamilles.identity.account.domain.MailKind;
import fr.portailfamilles.identity.account.domain.PendingMail;
import fr.portailfamilles.platform.messaging.AppliedEvents;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Mails the parents of a family about an event once: each parent account receives the mail in its
 * pending mails together with the memory of the event, in one atomic update of its document, and
 * the mail relay sends it. A redelivered event finds the memory and adds nothing.
 */
@Service
public class MailingFamilies {

    private static final Logger log = LoggerFactory.getLogger(MailingFamilies.class);

    private final Accounts accounts;
    private final AppliedEvents appliedEvents;
    private final MongoTemplate mongo;
    private final AccountChanges changes;
    private final MeterRegistry meters;
    private final Clock clock;

    MailingFamilies(Accounts accounts, AppliedEvents appliedEvents, MongoTemplate mongo, AccountChanges changes,
            MeterRegistry meters, Clock clock) {
        this.accounts = accounts;
        this.appliedEvents = appliedEvents;
        this.mongo = mongo;
        this.changes = changes;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Mails every open or pending parent account of {@code familyId}, unless it already got the mail of
     * {@code onceKey} (the event id, or what makes several events one piece of news).
     *
     * @return how many accounts got the mail now: 0 for a repeat, or for a family without any account yet
     */
    public int mailParents(String familyId, String onceKey, MailKind kind, Map<String, String> values) {
        if (familyId == null || familyId.isBlank()) {
            throw new IllegalArgumentException("A " + kind + " mail needs the family id of the event");
        }
        List<Account> parents = accounts.reachableParentsOf(familyId);
        if (parents.isEmpty()) {
            meters.counter("identity.mail.skipped", "kind", kind.name(), "reason", "no-account").increment();
            log.info("No open account for family {} yet: the {} mail is not sent", familyId, kind);
            return 0;
        }
        int mailed = 0;
        for (Account parent : parents) {
            PendingMail mail = PendingMail.notice(kind, parent.email(), values, clock.instant());
            Update addMail = new Update().push(PendingMail.FIELD, asDocument(mail)).inc("version", 1L);
            if (appliedEvents.applyOnce(Accounts.COLLECTION, parent.id(), onceKey, addMail, false)) {
                mailed++;
            }
        }
        if (mailed > 0) {
            changes.wakeRelays();
        }
        return mailed;
    }

    private Object asDocument(PendingMail mail) {
        return mongo.getConverter().convertToMongoType(mail, TypeInformation.of(PendingMail.class));
    }
}
