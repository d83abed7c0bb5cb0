package fr.portailfamilles.identity.mail;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import fr.portailfamilles.identity.account.AccountChanges;
import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.account.domain.Accounts;
import fr.portailfamilles.identity.account.domain.PendingMail;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the mails waiting in account documents and removes each one once the SMTP server took it.
 * A crash in between sends a mail twice, never zero times; an SMTP outage leaves the mails waiting.
 */
@Component
class MailRelay implements SmartLifecycle, AccountChanges.MailWakeUp {

    private static final Logger log = LoggerFactory.getLogger(MailRelay.class);

    private final MongoTemplate mongo;
    private final JavaMailSender sender;
    private final MailComposer composer;
    private final MailProperties properties;
    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private final Counter sent;
    private final Counter failures;
    private volatile Thread worker;

    MailRelay(MongoTemplate mongo, JavaMailSender sender, MailComposer composer, MailProperties properties,
            MeterRegistry meters) {
        this.mongo = mongo;
        this.sender = sender;
        this.composer = composer;
        this.properties = properties;
        this.sent = meters.counter("identity.mail.sent");
        this.failures = meters.counter("identity.mail.failures");
        meters.gauge("identity.mail.backlog", backlog);
    }

    @Override
    public void wake() {
        wakeUp.release();
    }

    /** One pass over the accounts with mails waiting; returns how many mails left. */
    int relayOnce() {
        List<Account> waiting = mongo.find(Query.query(Criteria.where(PendingMail.FIELD + ".0").exists(true))
                .limit(properties.batchSize()), Account.class);
        backlog.set(waiting.stream().mapToLong(account -> account.pendingMails().size()).sum());
        int count = 0;
        for (Account account : waiting) {
            for (PendingMail mail : account.pendingMails()) {
                send(account, mail);
                count++;
                backlog.decrementAndGet();
            }
        }
        return count;
    }

    private void send(Account account, PendingMail mail) {
        try {
            sender.send(message -> composer.compose(account, mail, message));
            sent.increment();
        } catch (MailPreparationException unsendable) {
            log.error("Mail {} of account {} cannot be written and is dropped: {}", mail.kind(), account.id(),
                    unsendable.toString());
        }
        mongo.getCollection(Accounts.COLLECTION).updateOne(Filters.eq("_id", account.id()), Updates.combine(
                Updates.pull(PendingMail.FIELD, Filters.eq("mailId", mail.mailId())), Updates.inc("version", 1L)));
    }

    private void run() {
        while (worker == Thread.currentThread()) {
            try {
                if (relayOnce() == 0) {
                    wakeUp.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failure) {
                failures.increment();
                log.warn("Mail relay pass failed, mails stay pending and will be retried: {}", failure.toString());
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(properties.pollInterval().toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::run, "mail-relay");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = worker;
        worker = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }
}
