package fr.portailfamilles.registration.catalogue.domain;

import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An activity of the town for one season: who it admits, when it runs, what can be reserved and
 * until when. What already happened stays as it was: a period or a closure in the past cannot
 * be changed, so reservations, attendance and invoices keep their meaning.
 */
@Document(Activity.COLLECTION)
public class Activity {

    public static final String COLLECTION = "activities";

    @Id
    private String id;
    private String name;
    private ActivityKind kind;
    private String description;
    private AgeRange ages;
    private Season season;
    private Set<DayOfWeek> weekdays;
    private List<ActivityPeriod> periods;
    private List<Unit> units;
    private SortedSet<LocalDate> closedDays;
    private ReservationDeadline deadline;
    private boolean autoApprove;
    private Instant createdAt;
    private Instant updatedAt;
    private List<OutboxEvent> outbox = new ArrayList<>();
    @Version
    private Long version;

    @PersistenceCreator
    Activity() {
    }

    private Activity(String id, Instant at) {
        this.id = Rules.code(id, "activite-invalide", "L'identifiant de l'activité");
        this.createdAt = at;
    }

    public static Activity create(String id, ActivityDefinition definition, Season season, Instant at) {
        definition.checkWithin(season);
        Activity activity = new Activity(id, at);
        activity.apply(definition, season, at);
        return activity;
    }

    /** Staff change what the activity is; the past stays as it was. */
    public void revise(ActivityDefinition next, Season nextSeason, LocalDate today, Instant at) {
        next.checkWithin(nextSeason);
        if (season.id().equals(nextSeason.id())) {
            keepsPastPeriods(next, today);
            keepsPastClosures(next, today);
        } else {
            next.periods().stream().filter(period -> period.isOverOn(today)).findFirst()
                    .ifPresent(Activity::refusePastPeriod);
        }
        apply(next, nextSeason, at);
    }

    private void keepsPastPeriods(ActivityDefinition next, LocalDate today) {
        periods.stream().filter(period -> period.isOverOn(today) && !next.periods().contains(period))
                .findFirst().ifPresent(Activity::refusePastPeriod);
        next.periods().stream().filter(period -> period.isOverOn(today) && !periods.contains(period))
                .findFirst().ifPresent(Activity::refusePastPeriod);
    }

    private static void refusePastPeriod(ActivityPeriod period) {
        throw DomainProblem.unprocessable("periode-passee", "La période « " + period.label()
                + " » est terminée : elle ne peut plus être ajoutée, modifiée ni retirée.");
    }

    private void keepsPastClosures(ActivityDefinition next, LocalDate today) {
        SortedSet<LocalDate> before = closedDays.headSet(today);
        SortedSet<LocalDate> after = next.closedDays().headSet(today);
        if (!before.equals(after)) {
            TreeSet<LocalDate> changed = new TreeSet<>(before);
            changed.addAll(after);
            changed.removeIf(day -> before.contains(day) && after.contains(day));
            throw DomainProblem.unprocessable("fermeture-passee", "Le " + changed.first()
                    + " est passé : ce jour ne peut plus être fermé ni rouvert.");
        }
    }

    private void apply(ActivityDefinition definition, Season season, Instant at) {
        this.name = definition.name();
        this.kind = definition.kind();
        this.description = definition.description();
        this.ages = definition.ages();
        this.season = season;
        this.weekdays = definition.weekdays();
        this.periods = definition.periods();
        this.units = definition.units();
        this.closedDays = new TreeSet<>(definition.closedDays());
        this.deadline = definition.deadline();
        this.autoApprove = definition.autoApprove();
        this.updatedAt = at;
    }

    /** Requests are taken until the season and its last period are over. */
    public boolean takesRegistrationsOn(LocalDate today) {
        return !season.isOverOn(today) && periods.stream().anyMatch(period -> !period.isOverOn(today));
    }

    /** The age rule: the child's age on the first day of the season, see {@link AgeRange}. */
    public boolean admitsChildBornOn(LocalDate birthDate) {
        return ages.admits(birthDate, season.start());
    }

    public int ageAtSeasonStart(LocalDate birthDate) {
        return AgeRange.ageOn(birthDate, season.start());
    }

    public Set<DayOfWeek> weekdaysIn(ActivityPeriod period) {
        return period.weekdaysOr(weekdays);
    }

    /** Adds an integration event to this document, to be written with it and relayed after. */
    public void enqueue(OutboxEvent event) {
        outbox.add(event);
    }

    public ActivityDefinition definition() {
        return new ActivityDefinition(name, kind, description, ages, weekdays, periods, units, closedDays, deadline,
                autoApprove);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ActivityKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public AgeRange ages() {
        return ages;
    }

    public Season season() {
        return season;
    }

    public Set<DayOfWeek> weekdays() {
        return Weekdays.of(weekdays);
    }

    public List<ActivityPeriod> periods() {
        return List.copyOf(periods);
    }

    public List<Unit> units() {
        return List.copyOf(units);
    }

    public SortedSet<LocalDate> closedDays() {
        return new TreeSet<>(closedDays);
    }

    public ReservationDeadline deadline() {
        return deadline;
    }

    public boolean autoApprove() {
        return autoApprove;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Long version() {
        return version;
    }

    public List<OutboxEvent> outbox() {
        return List.copyOf(outbox);
    }
}
