package fr.portailfamilles.registration.catalogue;

import fr.portailfamilles.platform.outbox.OutboxRelay;
import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.registration.catalogue.domain.Activity;
import fr.portailfamilles.registration.catalogue.domain.ActivityDefinition;
import fr.portailfamilles.registration.catalogue.domain.CalendarPeriod;
import fr.portailfamilles.registration.catalogue.domain.OpeningDay;
import fr.portailfamilles.registration.catalogue.domain.OpeningHours;
import fr.portailfamilles.registration.catalogue.domain.SchoolCalendar;
import fr.portailfamilles.registration.catalogue.domain.Season;
import fr.portailfamilles.registration.support.Retrying;
import fr.portailfamilles.registration.support.TownTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Staff's changes to the catalogue. Each change of an activity and the event that publishes its
 * schedule are written together, in the activity's document.
 */
@Service
public class ManagingCatalogue {

    private final Activities activities;
    private final SchoolCalendars calendars;
    private final TownHall townHall;
    private final CatalogueEvents events;
    private final OutboxRelay relay;
    private final TownTime time;

    ManagingCatalogue(Activities activities, SchoolCalendars calendars, TownHall townHall, CatalogueEvents events,
            OutboxRelay relay, TownTime time) {
        this.activities = activities;
        this.calendars = calendars;
        this.townHall = townHall;
        this.events = events;
        this.relay = relay;
        this.time = time;
    }

    public Activity create(String requestedId, String seasonId, ActivityDefinition definition) {
        Season season = calendars.season(seasonId);
        String id = requestedId == null || requestedId.isBlank() ? Slugs.of(definition.name()) : requestedId;
        Activity activity = Activity.create(id, definition, season, time.now());
        if (!activity.takesRegistrationsOn(time.today())) {
            throw DomainProblem.unprocessable("activite-terminee", "Toutes les périodes de cette activité sont "
                    + "déjà terminées : elle ne pourrait accueillir aucun enfant.");
        }
        return publishNew(activity);
    }

    /** Adds an activity of the demo data or of staff; the schedule goes out with it. */
    Activity publishNew(Activity activity) {
        activity.enqueue(events.published(activity));
        try {
            Activity saved = activities.insert(activity);
            relay.wake();
            return saved;
        } catch (DuplicateKeyException taken) {
            throw DomainProblem.conflict("activite-existante", "Une activité porte déjà l'identifiant « "
                    + activity.id() + " ».");
        }
    }

    /**
     * Replaces what the activity is. {@code seenUpdatedAt}, when given, is the version the staff
     * member edited: a change made meanwhile by someone else is not silently overwritten.
     */
    public Activity revise(String id, Instant seenUpdatedAt, String seasonId, ActivityDefinition definition) {
        Season season = calendars.season(seasonId);
        Activity saved = Retrying.onConcurrentChange(() -> {
            Activity activity = activities.get(id);
            if (seenUpdatedAt != null && !seenUpdatedAt.equals(activity.updatedAt())) {
                throw DomainProblem.conflict("activite-modifiee", "Cette activité a été modifiée entre-temps par "
                        + "quelqu'un d'autre : rechargez-la avant de l'enregistrer à nouveau.");
            }
            activity.revise(definition, season, time.today(), time.now());
            activity.enqueue(events.published(activity));
            return activities.save(activity);
        });
        relay.wake();
        return saved;
    }

    public SchoolCalendar defineCalendar(Season season, String zone, List<CalendarPeriod> periods,
            SortedSet<LocalDate> publicHolidays) {
        return Retrying.onConcurrentChange(() -> {
            SchoolCalendar calendar = calendars.find(season.id())
                    .map(existing -> {
                        existing.redefine(season, zone, periods, publicHolidays);
                        return existing;
                    })
                    .orElseGet(() -> SchoolCalendar.of(season, zone, periods, publicHolidays));
            return calendars.save(calendar);
        });
    }

    public OpeningHours changeOpeningHours(String place, List<OpeningDay> days, String note) {
        return Retrying.onConcurrentChange(() -> {
            OpeningHours hours = townHall.openingHours()
                    .map(existing -> {
                        existing.change(place, days, note);
                        return existing;
                    })
                    .orElseGet(() -> OpeningHours.ofTownHall(place, days, note));
            return townHall.save(hours);
        });
    }
}
