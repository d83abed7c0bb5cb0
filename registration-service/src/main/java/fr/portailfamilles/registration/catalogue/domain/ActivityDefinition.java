package fr.portailfamilles.registration.catalogue.domain;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Everything staff decide about an activity, checked as a whole: at least one day, one unit and
 * one period, unique unit codes and period ids, periods in order without overlap.
 */
public record ActivityDefinition(String name, ActivityKind kind, String description, AgeRange ages,
        Set<DayOfWeek> weekdays, List<ActivityPeriod> periods, List<Unit> units, SortedSet<LocalDate> closedDays,
        ReservationDeadline deadline, boolean autoApprove) {

    public ActivityDefinition {
        name = Rules.text(name, 100, "activite-invalide", "Le nom de l'activité");
        Rules.required(kind, "activite-invalide", "Le type d'activité");
        description = description == null || description.isBlank() ? "" : Rules.text(description, 1000,
                "activite-invalide", "La description de l'activité");
        Rules.required(ages, "activite-invalide", "La tranche d'âge");
        weekdays = Weekdays.of(weekdays);
        if (weekdays.isEmpty()) {
            throw DomainProblem.invalid("jours-manquants", "Indiquez au moins un jour de fonctionnement.");
        }
        units = List.copyOf(requireSome(units, "unites-manquantes", "Indiquez au moins une unité (accueil, "
                + "supplément ou journée)."));
        periods = inOrder(requireSome(periods, "periodes-manquantes", "Indiquez au moins une période."));
        closedDays = closedDays == null ? new TreeSet<>() : new TreeSet<>(closedDays);
        Rules.required(deadline, "activite-invalide", "Le délai de réservation");
        requireUnique(units.stream().map(Unit::code).toList(), "unite-en-double", "L'unité « %s » est en double.");
        requireUnique(periods.stream().map(ActivityPeriod::id).toList(), "periode-en-double",
                "La période « %s » est en double.");
        requireNoOverlap(periods);
    }

    /** Periods and closures must fall within the season the activity belongs to. */
    public void checkWithin(Season season) {
        for (ActivityPeriod period : periods) {
            if (!season.contains(period.start()) || !season.contains(period.end())) {
                throw DomainProblem.invalid("periode-hors-saison", "La période « " + period.label()
                        + " » sort de la saison « " + season.label() + " ».");
            }
        }
        for (LocalDate day : closedDays) {
            if (!season.contains(day)) {
                throw DomainProblem.invalid("fermeture-hors-saison", "Le jour de fermeture du " + day
                        + " sort de la saison « " + season.label() + " ».");
            }
        }
    }

    private static <T> List<T> requireSome(List<T> values, String code, String message) {
        if (values == null || values.isEmpty() || values.stream().anyMatch(Objects::isNull)) {
            throw DomainProblem.invalid(code, message);
        }
        return values;
    }

    private static List<ActivityPeriod> inOrder(List<ActivityPeriod> periods) {
        List<ActivityPeriod> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(ActivityPeriod::start));
        return List.copyOf(sorted);
    }

    private static void requireUnique(List<String> keys, String code, String message) {
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (!seen.add(key)) {
                throw DomainProblem.invalid(code, message.formatted(key));
            }
        }
    }

    private static void requireNoOverlap(List<ActivityPeriod> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).overlaps(sorted.get(i - 1))) {
                throw DomainProblem.invalid("periodes-chevauchantes", "Les périodes « " + sorted.get(i - 1).label()
                        + " » et « " + sorted.get(i).label() + " » se chevauchent.");
            }
        }
    }
}
