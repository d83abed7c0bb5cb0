package fr.portailfamilles.family.login;

import fr.portailfamilles.family.file.FamilyChanges;
import fr.portailfamilles.family.file.FamilyClock;
import fr.portailfamilles.family.file.domain.Families;
import fr.portailfamilles.family.file.domain.LoginFollowing;
import fr.portailfamilles.platform.messaging.InboundEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows a change of a parent's login in the family file: the guardian who had the former address
 * gets the new one, in one write with the memory of the event and the {@code guardian-email-changed} it
 * causes (which identity-service then finds already applied). A change that cannot be followed — the
 * address is another family's, or no guardian has the former one — is logged and counted in
 * {@code family_login_changes_not_followed_total{reason}} for staff to sort out: retrying cannot help.
 */
@Service
public class FollowingLoginChanges {

    static final String EMAIL_CHANGED = "fr.portailfamilles.identity.email-changed.v1";

    private static final Logger log = LoggerFactory.getLogger(FollowingLoginChanges.class);

    private final Families families;
    private final FamilyChanges changes;
    private final FamilyClock clock;
    private final JsonMapper json;
    private final MeterRegistry meters;

    FollowingLoginChanges(Families families, FamilyChanges changes, FamilyClock clock, JsonMapper json,
            MeterRegistry meters) {
        this.families = families;
        this.changes = changes;
        this.clock = clock;
        this.json = json;
        this.meters = meters;
    }

    public void on(InboundEvent event) {
        if (!EMAIL_CHANGED.equals(event.type())) {
            return;
        }
        LoginChanged change = event.payloadAs(json, LoginChanged.class);
        if (change.familyId() == null) {
            return;
        }
        if (!families.exists(change.familyId())) {
            notFollowed("unknown-family", "Login of account {} changed for family {}, which this service does not know",
                    change);
            return;
        }
        String newEmail = lowerCase(change.newEmail());
        if (families.emailUsedElsewhere(newEmail, change.familyId())) {
            notFollowed("email-of-another-family", "Login of account {} changed for family {} to the e-mail of a "
                    + "guardian of another family: the file keeps the former address, staff must sort it out", change);
            return;
        }
        LoginFollowing outcome = changes.apply(change.familyId(), family -> family.followLoginChange(event.id(),
                lowerCase(change.oldEmail()), newEmail, clock.now()));
        if (outcome == LoginFollowing.NOT_IN_FILE) {
            notFollowed("not-in-file", "Login of account {} changed, but no guardian of family {} had the former "
                    + "address: the file keeps its addresses, staff must sort it out", change);
        } else {
            log.info("Login change {} of family {}: {}", event.id(), change.familyId(), outcome);
        }
    }

    private void notFollowed(String reason, String message, LoginChanged change) {
        meters.counter("family.login.changes.not.followed", "reason", reason).increment();
        log.warn(message, change.accountId(), change.familyId());
    }

    private static String lowerCase(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
