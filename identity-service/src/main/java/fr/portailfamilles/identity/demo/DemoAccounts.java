package fr.portailfamilles.identity.demo;

import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.account.domain.Accounts;
import fr.portailfamilles.identity.account.domain.Role;
import fr.portailfamilles.identity.account.opening.OpeningParentAccounts;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Seeds the demo accounts once; the parent's account is the one the family {@code fam-martin} would open. */
@Component
@Profile("demo")
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoAccounts(Accounts accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        seed(Account.forStaff(staffId("agent@mairie-carcans.fr"), "agent@mairie-carcans.fr", "Agent Enfance Jeunesse",
                Role.STAFF, now), "Demo-Agent-2026!");
        seed(Account.forStaff(staffId("admin@mairie-carcans.fr"), "admin@mairie-carcans.fr",
                "Administrateur du portail", Role.ADMIN, now), "Demo-Admin-2026!");
        seed(Account.forParent(OpeningParentAccounts.accountIdOf("fam-martin"), "fam-martin",
                "claire.martin@example.fr", "Claire Martin", now), "Demo-Parent-2026!");
    }

    private void seed(Account account, String password) {
        if (accounts.findByEmail(account.email()).isPresent() || accounts.existsById(account.id())) {
            return;
        }
        account.activate(encoder.encode(password), clock.instant());
        try {
            accounts.insert(account);
            log.info("Demo account {} created", account.email());
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            log.debug("Demo account {} already there", account.email());
        }
    }

    private static String staffId(String email) {
        return UUID.nameUUIDFromBytes(("staff:" + email).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
