package fr.portailfamilles.identity.account.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An e-mail waiting in its account's document to be sent, written by the same update as the
 * change it tells about, so that a crash cannot lose it and a replayed event cannot add a second one.
 *
 * @param mailId      unique id; the mail relay removes the mail by it once the SMTP server took it
 * @param kind        which e-mail
 * @param to          recipient address
 * @param tokenId     for link mails, the id from which the link's secret is derived; otherwise null
 * @param values      what the text needs besides the account (e.g. the former address)
 * @param requestedAt when it was asked for
 */
public record PendingMail(String mailId, MailKind kind, String to, String tokenId, Map<String, String> values,
        Instant requestedAt) {

    /** Name of the array field that holds the pending mails of an account document. */
    public static final String FIELD = "pendingMails";

    public PendingMail {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    /** A mail that tells the holder about something decided elsewhere; it carries no password link. */
    public static PendingMail notice(MailKind kind, String to, Map<String, String> values, Instant at) {
        return new PendingMail(UUID.randomUUID().toString(), kind, to, null, values, at);
    }

    boolean carriesALink() {
        return tokenId != null;
    }
}
