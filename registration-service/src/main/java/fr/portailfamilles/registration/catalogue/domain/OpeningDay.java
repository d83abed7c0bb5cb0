package fr.portailfamilles.registration.catalogue.domain;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The opening times of the town hall on one day of the week, in order and without overlap. */
public record OpeningDay(DayOfWeek day, List<TimeRange> ranges) {

    public OpeningDay {
        if (day == null) {
            throw DomainProblem.invalid("horaires-invalides", "Le jour d'ouverture est obligatoire.");
        }
        List<TimeRange> sorted = new ArrayList<>(ranges == null ? List.of() : ranges);
        sorted.sort(Comparator.comparing(TimeRange::from));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).from().isBefore(sorted.get(i - 1).to())) {
                throw DomainProblem.invalid("horaires-invalides", "Deux plages horaires se chevauchent le "
                        + day + ".");
            }
        }
        ranges = List.copyOf(sorted);
    }
}
