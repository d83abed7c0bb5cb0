package fr.portailfamilles.identity.support;

import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.account.domain.Accounts;
import fr.portailfamilles.identity.account.domain.Role;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts ready to log in, each with a unique address, written straight into the service's database. */
public final class Fixtures {

    public static final String PASSWORD = "Une phrase de passe bien longue";

    private final Accounts accounts;
    private final PasswordEncoder encoder;

    public Fixtures(Accounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.fr";
    }

    public Account activeParent() {
        return activeParentOf("fam-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** One more parent account of {@code familyId}: a family may have several. */
    public Account activeParentOf(String familyId) {
        return active(Account.forParent(UUID.randomUUID().toString(), familyId, uniqueEmail("parent"),
                "Parent Test", Instant.now()));
    }

    public Account activeStaff(Role role) {
        return active(Account.forStaff(UUID.randomUUID().toString(), uniqueEmail(role.name().toLowerCase()),
                "Agent Test", role, Instant.now()));
    }

    private Account active(Account account) {
        account.activate(encoder.encode(PASSWORD), Instant.now());
        return accounts.insert(account);
    }
}
