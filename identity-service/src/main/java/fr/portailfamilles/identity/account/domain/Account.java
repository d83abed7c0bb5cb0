package fr.portailfamilles.identity.account.domain;

import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An account of the portal: its login (an e-mail address), its roles, its password hash and its
 * state. The e-mails and integration events a change causes are written into the same document
 * as the change, so that one single-document write records all of it.
 */
@Document(Accounts.COLLECTION)
public class Account {

    /** How many successful logins an account remembers. */
    public static final int LOGINS_KEPT = 10;
    /** How many ids of applied events an account remembers, as the platform's AppliedEvents does. */
    static final int APPLIED_EVENTS_KEPT = 500;

    @Id
    private String id;
    private String email;
    private String displayName;
    private Set<Role> roles;
    private String familyId;
    private String passwordHash;
    private AccountState state;
    private Instant createdAt;
    private Instant activatedAt;
    private Instant lockedAt;
    private List<LoginRecord> lastLogins = new ArrayList<>();
    private PasswordToken passwordToken;
    private List<PendingMail> pendingMails = new ArrayList<>();
    private List<OutboxEvent> outbox = new ArrayList<>();
    // ids of the events already told to the holder, written with their mail by one atomic update elsewhere;
    // mapped here so that saving the account never drops them
    private List<String> appliedEvents = new ArrayList<>();
    @Version
    private Long version;

    @PersistenceCreator
    Account() {
    }

    private Account(String id, String email, String displayName, Set<Role> roles, String familyId, Instant at) {
        this.id = id;
        this.email = EmailAddress.normalize(email);
        this.displayName = displayName;
        this.roles = EnumSet.copyOf(roles);
        this.familyId = familyId;
        this.state = AccountState.PENDING_PASSWORD;
        this.createdAt = at;
    }

    /** The account of the guardian named in a family file that staff declared complete. */
    public static Account forParent(String id, String familyId, String email, String displayName, Instant at) {
        return new Account(id, email, displayName, Set.of(Role.PARENT), familyId, at);
    }

    /** An account of the town's staff. */
    public static Account forStaff(String id, String email, String displayName, Role role, Instant at) {
        return new Account(id, email, displayName, Set.of(role), null, at);
    }

    /** Replaces any earlier link: only the latest link mailed to the holder works. */
    public void issuePasswordLink(String tokenId, PasswordToken token, Instant at) {
        refuseIfLocked();
        passwordToken = token;
        pendingMails.removeIf(PendingMail::carriesALink);
        MailKind kind = activatedAt == null && roles.contains(Role.PARENT) ? MailKind.ACCOUNT_OPENED
                : MailKind.PASSWORD_LINK;
        mail(kind, email, tokenId, Map.of("validUntil", token.expiresAt().toString()), at);
    }

    public boolean acceptsLink(String tokenHash, Instant at) {
        return state != AccountState.LOCKED && passwordToken != null && passwordToken.isValid(tokenHash, at);
    }

    /** Whether a link was made so recently that another one would only flood the holder's inbox. */
    public boolean hasRecentLink(Instant at, Duration within) {
        return passwordToken != null && passwordToken.issuedAt().plus(within).isAfter(at);
    }

    /**
     * Sets the password chosen through a link, which can serve only once; the account can log in at once.
     *
     * @return the opening of the account when this is its first password
     */
    public Optional<AccountOpened> setPasswordWithLink(String tokenHash, String newPasswordHash, Instant at) {
        if (!acceptsLink(tokenHash, at)) {
            throw DomainProblem.unprocessable("lien-invalide", "Ce lien n'est plus valable : il a déjà servi, "
                    + "a expiré ou a été remplacé par un lien plus récent.");
        }
        passwordToken = null;
        passwordHash = newPasswordHash;
        state = AccountState.ACTIVE;
        if (activatedAt != null) {
            return Optional.empty();
        }
        activatedAt = at;
        return Optional.of(new AccountOpened(id, familyId, email, at));
    }

    /** Gives a seeded account (demo data, first administrator) its password without any link. */
    public void activate(String newPasswordHash, Instant at) {
        passwordHash = newPasswordHash;
        state = AccountState.ACTIVE;
        activatedAt = at;
    }

    /** The holder changed their password themselves; they are told by mail in case it was not them. */
    public void changePassword(String newPasswordHash, Instant at) {
        refuseIfLocked();
        passwordHash = newPasswordHash;
        passwordToken = null;
        mail(MailKind.PASSWORD_CHANGED, email, null, Map.of(), at);
    }

    public void lock(Instant at) {
        if (state == AccountState.LOCKED) {
            return;
        }
        state = AccountState.LOCKED;
        lockedAt = at;
        passwordToken = null;
        pendingMails.removeIf(PendingMail::carriesALink);
    }

    public void unlock() {
        if (state != AccountState.LOCKED) {
            return;
        }
        state = passwordHash == null ? AccountState.PENDING_PASSWORD : AccountState.ACTIVE;
        lockedAt = null;
    }

    /** Only staff change a login; both the former and the new address are told. */
    public EmailChanged changeEmail(String newEmail, Instant at) {
        String normalized = EmailAddress.normalize(newEmail);
        if (normalized.equals(email)) {
            throw DomainProblem.conflict("adresse-email-inchangee",
                    "La nouvelle adresse e-mail est identique à l'adresse actuelle.");
        }
        String old = email;
        email = normalized;
        mail(MailKind.EMAIL_CHANGED_OLD_ADDRESS, old, null, Map.of("oldEmail", old, "newEmail", normalized), at);
        mail(MailKind.EMAIL_CHANGED_NEW_ADDRESS, normalized, null, Map.of("oldEmail", old, "newEmail", normalized),
                at);
        return new EmailChanged(id, familyId, old, normalized, at);
    }

    /** Whether the event {@code eventId} of another service was already applied to this account. */
    public boolean hasApplied(String eventId) {
        return appliedEvents.contains(eventId);
    }

    /** Remembers that the event {@code eventId} was applied, in the same write as what it changed. */
    public void rememberApplied(String eventId) {
        appliedEvents.add(eventId);
        if (appliedEvents.size() > APPLIED_EVENTS_KEPT) {
            appliedEvents.subList(0, appliedEvents.size() - APPLIED_EVENTS_KEPT).clear();
        }
    }

    /** Records an integration event to be published by the outbox relay. */
    public void publish(OutboxEvent event) {
        outbox.add(event);
    }

    public boolean canLogIn() {
        return state == AccountState.ACTIVE && passwordHash != null;
    }

    private void mail(MailKind kind, String to, String tokenId, Map<String, String> values, Instant at) {
        pendingMails.add(new PendingMail(UUID.randomUUID().toString(), kind, to, tokenId, values, at));
    }

    private void refuseIfLocked() {
        if (state == AccountState.LOCKED) {
            throw DomainProblem.conflict("compte-verrouille", "Ce compte est verrouillé.");
        }
    }

    public String id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public String familyId() {
        return familyId;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public AccountState state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public Instant lockedAt() {
        return lockedAt;
    }

    public List<LoginRecord> lastLogins() {
        return List.copyOf(lastLogins);
    }

    public List<PendingMail> pendingMails() {
        return List.copyOf(pendingMails);
    }

    public List<OutboxEvent> outbox() {
        return List.copyOf(outbox);
    }

    public boolean isStaff() {
        return roles.contains(Role.STAFF) || roles.contains(Role.ADMIN);
    }
}
