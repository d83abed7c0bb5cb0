package fr.portailfamilles.reservation.booking.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The requests a slot received during an opening window, waiting for their draw, and the draws made. */
final class DrawPool {

    private final List<Holder> waiting;
    private Instant until;
    private final List<OpeningDraw.Record> draws;

    DrawPool(List<Holder> waiting, Instant until, List<OpeningDraw.Record> draws) {
        this.waiting = new ArrayList<>(waiting);
        this.until = until;
        this.draws = new ArrayList<>(draws);
    }

    void enter(Holder holder, Instant windowEnd) {
        waiting.add(holder);
        until = until == null || windowEnd.isAfter(until) ? windowEnd : until;
    }

    Optional<Holder> leave(String registrationId) {
        int index = Holder.indexOf(waiting, registrationId);
        return index < 0 ? Optional.empty() : Optional.of(waiting.remove(index));
    }

    boolean contains(String registrationId) {
        return Holder.indexOf(waiting, registrationId) >= 0;
    }

    /** No draw was made since the window ending at {@code windowEnd}: its requests still wait for one. */
    boolean drawsFor(Instant windowEnd) {
        return draws.stream().noneMatch(draw -> !draw.drawnAt().isBefore(windowEnd));
    }

    /** Empties the pool in the order drawn from {@code seed}, and records the draw. */
    List<Holder> draw(long seed, Instant at) {
        List<Holder> order = new OpeningDraw(seed).order(waiting);
        draws.add(new OpeningDraw.Record(seed, at, waiting.stream().map(Holder::registrationId).sorted().toList(),
                order.stream().map(Holder::registrationId).toList()));
        waiting.clear();
        until = null;
        return order;
    }

    /** Empties the pool without a draw (the day closed). */
    List<Holder> dropAll() {
        List<Holder> dropped = List.copyOf(waiting);
        waiting.clear();
        until = null;
        return dropped;
    }

    List<Holder> waiting() {
        return List.copyOf(waiting);
    }

    Instant until() {
        return until;
    }

    List<OpeningDraw.Record> draws() {
        return List.copyOf(draws);
    }
}
