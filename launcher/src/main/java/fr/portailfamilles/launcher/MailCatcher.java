package fr.portailfamilles.launcher;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.standalone.GreenMailApiResource;
import com.icegreen.greenmail.standalone.GreenMailApiServerBuilder.GreenMailApiJdkServer;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;

/**
 * An SMTP server that keeps the latest mails in memory and shows them over GreenMail's REST API.
 *
 * <p>GreenMail alone keeps every mail for as long as it runs: a portal up for weeks, or a benchmark
 * that opens thousands of accounts, would hold all of them. The catcher drops the oldest mails once
 * more than {@code mailsKept} plus a tenth are held, down to {@code mailsKept}, so one clean-up
 * serves many mails. The mailboxes themselves stay, empty: GreenMail delivers to a mailbox it
 * looked up before storing, and removing one in between would lose the mail.
 */
final class MailCatcher implements AutoCloseable {

  /**
   * Jersey warns through java.util.logging about WADL and provider checks that do not matter here.
   * Held in a field because java.util.logging forgets the level of a logger nobody references.
   */
  private static final Logger JERSEY_LOG = Logger.getLogger("org.glassfish.jersey");

  static {
    JERSEY_LOG.setLevel(Level.SEVERE);
  }

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MailCatcher.class);

  private static final Comparator<HeldMail> OLDEST_FIRST = Comparator
      .comparing((HeldMail held) -> held.message().getReceivedDate())
      .thenComparingLong(held -> held.message().getUid());

  private final int smtpPort;
  private final int apiPort;
  private final int mailsKept;
  private final int mailsHeldAtMost;
  /**
   * The mails held as the last clean-up counted them, plus those received since: off by a few when
   * mails arrive during a clean-up or are deleted through the REST API, which only moves the next one.
   */
  private final AtomicInteger mailsHeld = new AtomicInteger();
  private GreenMail greenMail;
  private GreenMailApiJdkServer api;

  MailCatcher(int smtpPort, int apiPort, int mailsKept) {
    this.smtpPort = smtpPort;
    this.apiPort = apiPort;
    this.mailsKept = mailsKept;
    this.mailsHeldAtMost = mailsKept + Math.max(1, mailsKept / 10);
  }

  void start() {
    ServerSetup smtp = new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP);
    // services may send as anyone and a person may read any mailbox: this is a catcher, not a mail server
    GreenMailConfiguration configuration = GreenMailConfiguration.aConfig().withDisabledAuthentication();
    greenMail = new GreenMail(smtp);
    greenMail.withConfiguration(configuration);
    greenMail.start();
    UserManager users = greenMail.getUserManager();
    MessageDeliveryHandler findsMailbox = users.getMessageDeliveryHandler();
    users.setMessageDeliveryHandler((mail, address) -> {
      GreenMailUser recipient = findsMailbox.handle(mail, address);
      if (mailsHeld.incrementAndGet() > mailsHeldAtMost) {
        dropOldestMails(users);
      }
      return recipient;
    });
    api = new GreenMailApiJdkServer(URI.create("http://localhost:" + apiPort + "/"),
        new GreenMailApiResource(greenMail, new ServerSetup[] {smtp}, configuration));
    api.start();
  }

  /**
   * Drops the oldest mails of every mailbox beyond the {@code mailsKept} latest. Runs while a mail is
   * being delivered, before it is stored: it is not counted yet.
   */
  private synchronized void dropOldestMails(UserManager users) {
    ImapHostManager mailboxes = users.getImapHostManager();
    List<HeldMail> held = new ArrayList<>();
    for (GreenMailUser user : users.listUser()) {
      try {
        MailFolder inbox = mailboxes.getInbox(user);
        for (long uid : inbox.getMessageUids()) {
          StoredMessage message = inbox.getMessage(uid);
          if (message != null) {
            held.add(new HeldMail(inbox, message));
          }
        }
      } catch (FolderException e) {
        LOG.warn("Mailbox of {} not read while dropping old mails: {}", user.getEmail(), e.toString());
      }
    }
    held.sort(OLDEST_FIRST);
    int dropped = Math.max(0, held.size() - mailsKept);
    Set<MailFolder> losingMails = new LinkedHashSet<>();
    for (HeldMail oldest : held.subList(0, dropped)) {
      oldest.message().setFlag(Flags.Flag.DELETED, true);
      losingMails.add(oldest.inbox());
    }
    for (MailFolder inbox : losingMails) {
      try {
        inbox.expunge();
      } catch (FolderException e) {
        LOG.warn("Old mails of {} not dropped: {}", inbox.getFullName(), e.toString());
      }
    }
    // plus the mail being delivered
    mailsHeld.set(held.size() - dropped + 1);
  }

  private record HeldMail(MailFolder inbox, StoredMessage message) {
  }

  @Override
  public void close() {
    if (api != null) {
      api.stop();
      api = null;
    }
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }
}
