package fr.portailfamilles.registration.catalogue;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.registration.catalogue.domain.Activity;
import fr.portailfamilles.registration.catalogue.domain.ActivityDefinition;
import fr.portailfamilles.registration.catalogue.domain.ActivityKind;
import fr.portailfamilles.registration.catalogue.domain.ActivityPeriod;
import fr.portailfamilles.registration.catalogue.domain.AgeRange;
import fr.portailfamilles.registration.catalogue.domain.PeriodKind;
import fr.portailfamilles.registration.catalogue.domain.ReservationDeadline;
import fr.portailfamilles.registration.catalogue.domain.SchoolCalendar;
import fr.portailfamilles.registration.catalogue.domain.Unit;
import fr.portailfamilles.registration.catalogue.domain.UnitRow;
import fr.portailfamilles.registration.support.TownTime;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo town's catalogue (profile {@code demo}): the school calendar 2026–2027, the town hall's
 * opening hours and the four activities of the user note. Adds only what is missing, so a restart
 * changes nothing; each activity added publishes its schedule.
 */
@Component
@Profile("demo")
class DemoCatalogue implements ApplicationRunner {

    static final String APS = "aps";
    static final String ALSH_MERCREDIS = "alsh-mercredis";
    static final String ALSH_VACANCES = "alsh-vacances";
    static final String ADO_MINOS = "ado-minos";

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);
    private static final LocalTime MIDNIGHT_MINUS_ONE = LocalTime.of(23, 59);
    private static final Set<DayOfWeek> WEEKDAYS = Set.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);

    private final Activities activities;
    private final SchoolCalendars calendars;
    private final TownHall townHall;
    private final ManagingCatalogue catalogue;
    private final TownTime time;

    DemoCatalogue(Activities activities, SchoolCalendars calendars, TownHall townHall, ManagingCatalogue catalogue,
            TownTime time) {
        this.activities = activities;
        this.calendars = calendars;
        this.townHall = townHall;
        this.catalogue = catalogue;
        this.time = time;
    }

    @Override
    public void run(ApplicationArguments args) {
        SchoolCalendar calendar = calendars.find(DemoSchoolYear.SEASON_ID)
                .orElseGet(() -> calendars.save(DemoSchoolYear.calendar()));
        if (townHall.openingHours().isEmpty()) {
            townHall.save(DemoSchoolYear.openingHours());
        }
        for (Activity activity : activities(calendar)) {
            if (activities.find(activity.id()).isEmpty()) {
                try {
                    catalogue.publishNew(activity);
                    log.info("Demo activity {} added to the catalogue", activity.id());
                } catch (DomainProblem addedMeanwhile) {
                    log.debug("Demo activity {} was added by another instance", activity.id());
                }
            }
        }
    }

    List<Activity> activities(SchoolCalendar calendar) {
        return List.of(
                activity(APS, new ActivityDefinition("APS — Accueil périscolaire", ActivityKind.APS,
                        "Accueil des enfants scolarisés avant et après la classe, les lundis, mardis, jeudis et "
                                + "vendredis des périodes scolaires.",
                        new AgeRange(3, 11), Set.of(MONDAY, TUESDAY, THURSDAY, FRIDAY),
                        periods(calendar, PeriodKind.SCHOOL, Set.of()),
                        List.of(accueil("matin", "Matin"), accueil("soir", "Soir")),
                        calendar.publicHolidaysInSeason(),
                        ReservationDeadline.workingDaysBefore(2, MIDNIGHT_MINUS_ONE), false), calendar),
                activity(ALSH_MERCREDIS, new ActivityDefinition("ALSH des Mercredis après-midi",
                        ActivityKind.ALSH_MERCREDIS,
                        "Accueil de loisirs du mercredi en période scolaire : matin, après-midi, repas ou journée.",
                        new AgeRange(3, 11), Set.of(WEDNESDAY), periods(calendar, PeriodKind.SCHOOL, Set.of()),
                        alshUnits(), calendar.publicHolidaysInSeason(),
                        ReservationDeadline.wednesdayBeforeWeek(MIDNIGHT_MINUS_ONE), false), calendar),
                activity(ALSH_VACANCES, new ActivityDefinition("ALSH des Vacances scolaires",
                        ActivityKind.ALSH_VACANCES,
                        "Accueil de loisirs du lundi au vendredi pendant les vacances scolaires.",
                        new AgeRange(3, 11), WEEKDAYS, periods(calendar, PeriodKind.HOLIDAY, Set.of()),
                        alshUnits(), calendar.publicHolidaysInSeason(),
                        ReservationDeadline.wednesdayBeforeWeek(MIDNIGHT_MINUS_ONE), false), calendar),
                activity(ADO_MINOS, new ActivityDefinition("Structure Jeunesse « Ado'Minos »", ActivityKind.JEUNESSE,
                        "Structure jeunesse des 11–17 ans : le mercredi après-midi en période scolaire et du lundi "
                                + "au vendredi pendant les vacances. L'inscription est validée automatiquement "
                                + "quand le dossier famille est complet.",
                        new AgeRange(11, 17), Set.of(WEDNESDAY),
                        Stream.concat(periods(calendar, PeriodKind.SCHOOL, Set.of()).stream(),
                                periods(calendar, PeriodKind.HOLIDAY, WEEKDAYS).stream()).toList(),
                        List.of(accueil("apres-midi", "Après-midi"), new Unit("journee", UnitRow.JOURNEE, "Journée")),
                        calendar.publicHolidaysInSeason(),
                        ReservationDeadline.workingDaysBefore(2, MIDNIGHT_MINUS_ONE), true), calendar));
    }

    private Activity activity(String id, ActivityDefinition definition, SchoolCalendar calendar) {
        return Activity.create(id, definition, calendar.season(), time.now());
    }

    private static List<ActivityPeriod> periods(SchoolCalendar calendar, PeriodKind kind, Set<DayOfWeek> weekdays) {
        return calendar.periodsOf(kind).stream().map(period -> period.runOn(weekdays)).toList();
    }

    private static List<Unit> alshUnits() {
        return List.of(accueil("matin", "Matin"), accueil("apres-midi", "Après-midi"),
                new Unit("repas", UnitRow.SUPPLEMENT, "Repas"), new Unit("journee", UnitRow.JOURNEE, "Journée"));
    }

    private static Unit accueil(String code, String label) {
        return new Unit(code, UnitRow.ACCUEIL, label);
    }
}
