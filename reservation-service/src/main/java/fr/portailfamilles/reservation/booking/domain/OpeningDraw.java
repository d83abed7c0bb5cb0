package fr.portailfamilles.reservation.booking.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The fair draw of an opening: the requests a slot received in the first minutes after a
 * period's reservations opened are ordered by a random draw instead of by who clicked first.
 * The order depends only on the seed and on the set of candidates (never on their arrival), so
 * anyone holding the recorded seed and candidates can draw again and check it.
 */
public record OpeningDraw(long seed) {

    /** The candidates in drawn order: first the sorted candidates, then a shuffle seeded by {@code seed}. */
    public List<Holder> order(List<Holder> candidates) {
        List<Holder> drawn = new ArrayList<>(candidates);
        drawn.sort(Comparator.comparing(Holder::registrationId).thenComparing(Holder::requestId));
        Collections.shuffle(drawn, new Random(seed));
        return drawn;
    }

    /**
     * What a slot keeps of a draw, for audit.
     *
     * @param candidates the registrations in the draw, sorted
     * @param order      the registrations in drawn order: the first ones took the places, the others
     *                   the waitlist in that order
     */
    public record Record(long seed, Instant drawnAt, List<String> candidates, List<String> order) {
    }
}
