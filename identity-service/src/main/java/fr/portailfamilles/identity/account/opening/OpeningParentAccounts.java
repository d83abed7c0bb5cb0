package fr.portailfamilles.identity.account.opening;

import fr.portailfamilles.identity.account.AccountChanges;
import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.account.domain.Accounts;
import fr.portailfamilles.identity.account.password.PasswordLinks;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Opens the account of the guardian named in a complete family file, with the mail that lets
 * them choose a password. The account id derives from the family id and the account and its mail
 * are written by one insert, so a file completed twice, or an event delivered twice, opens one
 * account and sends one mail.
 */
@Service
public class OpeningParentAccounts {

    private static final Logger log = LoggerFactory.getLogger(OpeningParentAccounts.class);

    private final Accounts accounts;
    private final AccountChanges changes;
    private final PasswordLinks links;
    private final Clock clock;

    OpeningParentAccounts(Accounts accounts, AccountChanges changes, PasswordLinks links, Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.links = links;
        this.clock = clock;
    }

    /** The id of the parent account of a family: the same for every delivery of the same file. */
    public static String accountIdOf(String familyId) {
        return UUID.nameUUIDFromBytes(("parent-of-family:" + familyId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public void open(FamilyFileCompleted file) {
        if (file.familyId() == null || file.familyId().isBlank()) {
            throw new IllegalArgumentException("A completed family file without family id cannot open an account");
        }
        String id = accountIdOf(file.familyId());
        if (accounts.existsById(id)) {
            return;
        }
        Instant now = clock.instant();
        Account account = Account.forParent(id, file.familyId(), file.email(), file.displayName(), now);
        PasswordLinks.Issued link = links.issue(now);
        account.issuePasswordLink(link.tokenId(), link.token(), now);
        try {
            accounts.insert(account);
            changes.wakeRelays();
        } catch (DuplicateKeyException taken) {
            if (!accounts.existsById(id)) {
                log.error("Family {} is complete but its e-mail is already the login of another account; "
                        + "staff must sort it out", file.familyId());
                throw new IllegalStateException("E-mail of family " + file.familyId() + " already used", taken);
            }
        }
    }
}
