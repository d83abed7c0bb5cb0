package fr.portailfamilles.registration.catalogue;

import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.registration.catalogue.domain.ActivityDefinition;
import fr.portailfamilles.registration.catalogue.domain.ActivityKind;
import fr.portailfamilles.registration.catalogue.domain.ActivityPeriod;
import fr.portailfamilles.registration.catalogue.domain.AgeRange;
import fr.portailfamilles.registration.catalogue.domain.DeadlineKind;
import fr.portailfamilles.registration.catalogue.domain.PeriodKind;
import fr.portailfamilles.registration.catalogue.domain.ReservationDeadline;
import fr.portailfamilles.registration.catalogue.domain.Unit;
import fr.portailfamilles.registration.catalogue.domain.UnitRow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An activity as staff send it. The domain checks it and answers each mistake in French;
 * {@code updatedAt} is the version the staff member edited (optional).
 */
record ActivityForm(String id, String name, ActivityKind kind, String description, Integer ageMin, Integer ageMax,
        String seasonId, Set<DayOfWeek> weekdays, List<PeriodForm> periods, List<UnitForm> units,
        List<LocalDate> closedDays, DeadlineForm deadline, Boolean autoApprove, Instant updatedAt) {

    record PeriodForm(String id, PeriodKind kind, String label, LocalDate start, LocalDate end,
            Set<DayOfWeek> weekdays) {

        ActivityPeriod toPeriod() {
            String periodId = id == null || id.isBlank()
                    ? Slugs.of(label) + (start == null ? "" : "-" + start)
                    : id;
            return new ActivityPeriod(periodId, kind, label, start, end, weekdays);
        }
    }

    record UnitForm(String code, UnitRow row, String label) {
    }

    /** {@code time} as {@code HH:mm}. */
    record DeadlineForm(DeadlineKind kind, Integer days, String time) {

        ReservationDeadline toDeadline() {
            try {
                return new ReservationDeadline(kind, days, time == null ? null : LocalTime.parse(time));
            } catch (DateTimeParseException notATime) {
                throw DomainProblem.invalid("delai-invalide", "L'heure limite « " + time
                        + " » n'est pas une heure valide (par exemple 23:59).");
            }
        }
    }

    String requireSeason() {
        if (seasonId == null || seasonId.isBlank()) {
            throw DomainProblem.invalid("saison-manquante", "Indiquez la saison de l'activité.");
        }
        return seasonId;
    }

    ActivityDefinition toDefinition() {
        if (ageMin == null || ageMax == null) {
            throw DomainProblem.invalid("tranche-age-invalide", "Indiquez l'âge minimum et l'âge maximum.");
        }
        if (deadline == null) {
            throw DomainProblem.invalid("delai-invalide", "Indiquez le délai de réservation.");
        }
        return new ActivityDefinition(name, kind, description, new AgeRange(ageMin, ageMax), weekdays,
                periods == null ? null : periods.stream().map(p -> p == null ? null : p.toPeriod()).toList(),
                units == null ? null : units.stream().map(u -> u == null ? null : new Unit(u.code(), u.row(),
                        u.label())).toList(),
                closedDays == null ? new TreeSet<>() : new TreeSet<>(closedDays), deadline.toDeadline(),
                Boolean.TRUE.equals(autoApprove));
    }
}
