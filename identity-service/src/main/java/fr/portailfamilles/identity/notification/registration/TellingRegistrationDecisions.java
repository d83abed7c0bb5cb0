package fr.portailfamilles.identity.notification.registration;

import fr.portailfamilles.identity.account.domain.MailKind;
import fr.portailfamilles.identity.notification.FrenchFormats;
import fr.portailfamilles.identity.notification.KnownRegistrations;
import fr.portailfamilles.identity.notification.MailingFamilies;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Tells the parents what became of a registration request, once per event. */
@Service
public class TellingRegistrationDecisions {

    static final String CHILD_UNKNOWN = "votre enfant";

    private final MailingFamilies families;
    private final KnownRegistrations registrations;

    TellingRegistrationDecisions(MailingFamilies families, KnownRegistrations registrations) {
        this.families = families;
        this.registrations = registrations;
    }

    /** No mail: the parent just asked. Only the names, for a refusal or a reservation mail later. */
    public void requested(RegistrationRequested requested) {
        registrations.remember(requested.registrationId(), requested.childFirstName(), requested.activityName());
    }

    public void approved(String eventId, RegistrationApproved approved) {
        registrations.remember(approved.registrationId(), approved.childFirstName(), approved.activityName());
        families.mailParents(approved.familyId(), eventId, MailKind.REGISTRATION_APPROVED, Map.of(
                "enfant", approved.childFirstName(),
                "activite", approved.activityName(),
                "debut", FrenchFormats.day(approved.startDate()),
                "fin", FrenchFormats.day(approved.endDate()),
                "chemin", reservationsOf(approved.registrationId())));
    }

    public void rejected(String eventId, RegistrationRejected rejected) {
        families.mailParents(rejected.familyId(), eventId, MailKind.REGISTRATION_REJECTED, Map.of(
                "enfant", childOf(rejected.registrationId()),
                "activite", rejected.activityName(),
                "motif", rejected.reason(),
                "chemin", "/inscriptions"));
        registrations.forget(rejected.registrationId());
    }

    public void cancelled(String eventId, RegistrationCancelled cancelled) {
        families.mailParents(cancelled.familyId(), eventId, MailKind.REGISTRATION_CANCELLED, Map.of(
                "enfant", childOf(cancelled.registrationId()),
                "activite", cancelled.activityName(),
                "chemin", "/inscriptions"));
        registrations.forget(cancelled.registrationId());
    }

    /** The portal's grid of a registration, where its days are reserved. */
    public static String reservationsOf(String registrationId) {
        return "/reservations?inscription=" + URLEncoder.encode(registrationId, StandardCharsets.UTF_8);
    }

    private String childOf(String registrationId) {
        return registrations.find(registrationId).map(KnownRegistrations.Known::childFirstName)
                .filter(name -> !name.isBlank()).orElse(CHILD_UNKNOWN);
    }
}
