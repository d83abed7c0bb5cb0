package fr.portailfamilles.identity.notification.reservation;

import fr.portailfamilles.identity.account.domain.MailKind;
import fr.portailfamilles.identity.notification.FrenchFormats;
import fr.portailfamilles.identity.notification.KnownRegistrations;
import fr.portailfamilles.identity.notification.MailingFamilies;
import fr.portailfamilles.identity.notification.registration.TellingRegistrationDecisions;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Tells the parents about the reservations the portal changed without them: a place freed up for a
 * waitlisted day, or staff closed a day. The parents' own requests and cancellations are not mailed:
 * the grid answers them at once.
 */
@Service
public class TellingReservationChanges {

    private final MailingFamilies families;
    private final KnownRegistrations registrations;

    TellingReservationChanges(MailingFamilies families, KnownRegistrations registrations) {
        this.families = families;
        this.registrations = registrations;
    }

    public void promoted(String eventId, ReservationPromoted promoted) {
        Map<String, String> values = about(promoted.registrationId());
        values.put("date", FrenchFormats.day(promoted.date()));
        values.put("unite", UnitLabels.of(promoted.unit()));
        families.mailParents(promoted.familyId(), eventId, MailKind.RESERVATION_PROMOTED, values);
    }

    /**
     * Closing a day cancels each of the child's cells of that day (one event per unit); the parents
     * get one mail for the day, so the first of these events mails and the others find it done.
     */
    public void cancelled(ReservationCancelled cancelled) {
        if (!cancelled.becauseTheDayClosed()) {
            return;
        }
        Map<String, String> values = about(cancelled.registrationId());
        values.put("date", FrenchFormats.day(cancelled.date()));
        String onceForTheDay = "day-closed:" + cancelled.registrationId() + ":" + cancelled.date();
        families.mailParents(cancelled.familyId(), onceForTheDay, MailKind.RESERVATION_DAY_CLOSED, values);
    }

    private Map<String, String> about(String registrationId) {
        Map<String, String> values = new HashMap<>();
        values.put("chemin", TellingRegistrationDecisions.reservationsOf(registrationId));
        registrations.find(registrationId).ifPresent(known -> {
            putIfKnown(values, "enfant", known.childFirstName());
            putIfKnown(values, "activite", known.activityName());
        });
        return values;
    }

    private static void putIfKnown(Map<String, String> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value);
        }
    }
}
