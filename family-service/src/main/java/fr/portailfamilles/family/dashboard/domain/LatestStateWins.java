package fr.portailfamilles.family.dashboard.domain;

import java.util.Comparator;
import java.util.Optional;
import java.util.Collection;

/**
 * The current state of a request is the report with the latest event time, whatever the order
 * of arrival: an approval that arrives before its request is not undone by the request, and a
 * state never goes back. Equal times fall to the later state of {@link RequestState}.
 */
public final class LatestStateWins {

    static final Comparator<Transition> ORDER = Comparator.comparing(Transition::at)
            .thenComparing(Transition::state);

    private LatestStateWins() {
    }

    public static Optional<Transition> current(Collection<Transition> reports) {
        return reports.stream().max(ORDER);
    }
}
