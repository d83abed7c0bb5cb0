package fr.portailfamilles.reservation.grid.domain;

import fr.portailfamilles.reservation.booking.domain.Outcome;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A family's request until each of its cells has been decided once: then it is settled and
 * the family's dashboard shows its outcome.
 *
 * @param undecided the keys of the cells still waiting for their decision
 * @param cancelled cells given back (cancellations and withdrawals)
 * @param clientKey the key the family's page gave its « Valider » ({@code Idempotency-Key}), so
 *                  that the same « Valider » sent again gets this request back; null without one
 * @param sent      what the request asked, cell by cell: {@code 2027-01-04|soir|RESERVE}
 */
public record RequestProgress(List<String> undecided, int total, int confirmed, int waitlisted, int refused,
        int cancelled, boolean settled, Instant requestedAt, String clientKey, List<String> sent) {

    public RequestProgress {
        undecided = List.copyOf(undecided);
        sent = sent == null ? List.of() : List.copyOf(sent); // requests stored before sent cells were kept
    }

    /** @param sent what each cell asks, as {@link #sentCell} writes it */
    public static RequestProgress started(Set<String> cellKeys, Instant requestedAt, String clientKey,
            List<String> sent) {
        return new RequestProgress(List.copyOf(cellKeys), cellKeys.size(), 0, 0, 0, 0, false, requestedAt, clientKey,
                sent);
    }

    /** One entry of {@link #sent()}: the cell's key and what the request asked of it. */
    public static String sentCell(String cellKey, String action) {
        return cellKey + "|" + action;
    }

    /**
     * Counts the decision of {@code cellKey}; empty if that cell was not waiting for one (a
     * redelivery, or a promotion answering an older request).
     */
    public Optional<RequestProgress> record(String cellKey, Outcome outcome) {
        if (outcome == Outcome.PROMOTED || !undecided.contains(cellKey)) {
            return Optional.empty();
        }
        Set<String> left = new LinkedHashSet<>(undecided);
        left.remove(cellKey);
        return Optional.of(new RequestProgress(List.copyOf(left), total,
                confirmed + (outcome == Outcome.CONFIRMED ? 1 : 0),
                waitlisted + (outcome == Outcome.WAITLISTED ? 1 : 0),
                refused + (outcome == Outcome.REFUSED ? 1 : 0),
                cancelled + (outcome == Outcome.CANCELLED || outcome == Outcome.WITHDRAWN ? 1 : 0),
                left.isEmpty(), requestedAt, clientKey, sent));
    }
}
