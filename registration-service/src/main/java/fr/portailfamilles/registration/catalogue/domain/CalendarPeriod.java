package fr.portailfamilles.registration.catalogue.domain;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * A period of the school calendar, both dates included: a holiday period runs from the first
 * day without class (the Saturday) to the eve of the reprise.
 */
public record CalendarPeriod(String id, PeriodKind kind, String label, LocalDate start, LocalDate end) {

    public CalendarPeriod {
        Rules.code(id, "periode-invalide", "L'identifiant de la période");
        Rules.required(kind, "periode-invalide", "Le type de la période");
        label = Rules.text(label, 80, "periode-invalide", "Le libellé de la période");
        Rules.required(start, "periode-invalide", "La date de début de la période « " + label + " »");
        Rules.required(end, "periode-invalide", "La date de fin de la période « " + label + " »");
        if (end.isBefore(start)) {
            throw DomainProblem.invalid("periode-invalide",
                    "La période « " + label + " » doit commencer avant de finir.");
        }
    }

    public boolean overlaps(CalendarPeriod other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    /** This period as an activity runs it on {@code weekdays} (empty: the activity's own days). */
    public ActivityPeriod runOn(Set<DayOfWeek> weekdays) {
        return new ActivityPeriod(id, kind, label, start, end, weekdays);
    }
}
