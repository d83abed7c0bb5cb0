package fr.portailfamilles.reservation.booking.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A slot (activity × date × unit) with its capacity, the children holding its places and its
 * waitlist. Every change returns the decisions it took, in order; the caller persists the slot
 * and those decisions together.
 */
public final class Slot {

    public static final String REFUSED_DAY_CLOSED = "DAY_CLOSED";
    public static final String REFUSED_ALREADY_HELD = "ALREADY_HELD";
    public static final String REFUSED_NOTHING_TO_CANCEL = "NOTHING_TO_CANCEL";

    private final SlotKey key;
    private int capacity;
    private String closedReason;
    private final List<Holder> confirmed;
    private final Waitlist waitlist;
    private final DrawPool pool;

    public Slot(SlotKey key, int capacity, String closedReason, List<Holder> confirmed, List<Holder> waitlist) {
        this(key, capacity, closedReason, confirmed, waitlist, List.of(), null, List.of());
    }

    /**
     * @param drawPool  requests received during an opening window, waiting for its draw
     * @param drawUntil the end of that window
     * @param draws     the draws already made, for audit
     */
    public Slot(SlotKey key, int capacity, String closedReason, List<Holder> confirmed, List<Holder> waitlist,
            List<Holder> drawPool, Instant drawUntil, List<OpeningDraw.Record> draws) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative");
        }
        this.key = key;
        this.capacity = capacity;
        this.closedReason = closedReason;
        this.confirmed = new ArrayList<>(confirmed);
        this.waitlist = new Waitlist(waitlist);
        this.pool = new DrawPool(drawPool, drawUntil, draws);
    }

    public static Slot open(SlotKey key, int capacity) {
        return new Slot(key, capacity, null, List.of(), List.of());
    }

    /** Takes a place while one remains, else queues the request; a closed day or a held cell is refused. */
    public SlotDecision allocate(Holder holder) {
        if (isClosed()) {
            return SlotDecision.refused(holder, REFUSED_DAY_CLOSED);
        }
        if (knows(holder.registrationId())) {
            return SlotDecision.refused(holder, REFUSED_ALREADY_HELD);
        }
        if (confirmed.size() < capacity) {
            confirmed.add(holder);
            return SlotDecision.of(Outcome.CONFIRMED, holder);
        }
        int position = waitlist.join(holder);
        return new SlotDecision(Outcome.WAITLISTED, holder, position, null, null);
    }

    /**
     * Gives up the place or the wait of {@code asker}'s registration. A freed place goes to the
     * head of the waitlist at once. A family asking to cancel what it does not hold is refused;
     * the system (closed day, registration ended) finding nothing does nothing.
     *
     * @param asker the registration and the request asking for it
     */
    public List<SlotDecision> release(Holder asker, ReleaseReason reason) {
        List<SlotDecision> decisions = new ArrayList<>();
        Optional<Holder> place = removeConfirmed(asker.registrationId());
        if (place.isPresent()) {
            decisions.add(new SlotDecision(Outcome.CANCELLED, answering(place.get(), asker, reason), null,
                    reason.name(), "CONFIRMED"));
            decisions.addAll(promote());
            return decisions;
        }
        Optional<Holder> pooled = pool.leave(asker.registrationId());
        if (pooled.isPresent()) {
            decisions.add(reason == ReleaseReason.PARENT
                    ? SlotDecision.of(Outcome.WITHDRAWN, pooled.get().withRequest(asker.requestId()))
                    : SlotDecision.refused(pooled.get(), REFUSED_DAY_CLOSED));
            return decisions;
        }
        Optional<Holder> wait = waitlist.leave(asker.registrationId());
        if (wait.isPresent()) {
            decisions.add(reason == ReleaseReason.PARENT
                    ? SlotDecision.of(Outcome.WITHDRAWN, wait.get().withRequest(asker.requestId()))
                    : new SlotDecision(Outcome.CANCELLED, wait.get(), null, reason.name(), "WAITLISTED"));
        } else if (reason == ReleaseReason.PARENT) {
            decisions.add(SlotDecision.refused(asker, REFUSED_NOTHING_TO_CANCEL));
        }
        return decisions;
    }

    /** New capacity; an increase promotes from the waitlist, a decrease takes no place back. */
    public List<SlotDecision> changeCapacity(int newCapacity) {
        if (newCapacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative");
        }
        capacity = newCapacity;
        return isClosed() ? List.of() : promote();
    }

    /** Closes the day: every place and every wait is cancelled, and later requests are refused. */
    public List<SlotDecision> close(String reason) {
        if (isClosed()) {
            return List.of();
        }
        closedReason = reason == null || reason.isBlank() ? "Fermeture" : reason;
        List<SlotDecision> decisions = new ArrayList<>();
        for (Holder holder : List.copyOf(confirmed)) {
            decisions.add(new SlotDecision(Outcome.CANCELLED, holder, null, ReleaseReason.DAY_CLOSED.name(),
                    "CONFIRMED"));
        }
        confirmed.clear();
        for (Holder holder : waitlist.holders()) {
            waitlist.leave(holder.registrationId());
            decisions.add(new SlotDecision(Outcome.CANCELLED, holder, null, ReleaseReason.DAY_CLOSED.name(),
                    "WAITLISTED"));
        }
        pool.dropAll().forEach(holder -> decisions.add(SlotDecision.refused(holder, REFUSED_DAY_CLOSED)));
        return decisions;
    }

    /**
     * Takes a request received during an opening window into the coming draw: it is decided
     * with the others when the window ends, not before.
     */
    public Optional<SlotDecision> enterDraw(Holder holder, Instant windowEnd) {
        if (isClosed()) {
            return Optional.of(SlotDecision.refused(holder, REFUSED_DAY_CLOSED));
        }
        if (knows(holder.registrationId())) {
            return Optional.of(SlotDecision.refused(holder, REFUSED_ALREADY_HELD));
        }
        pool.enter(holder, windowEnd);
        return Optional.empty();
    }

    /** Whether a request of the window ending at {@code windowEnd} still goes to a draw (none made since). */
    public boolean drawsFor(Instant windowEnd) {
        return pool.drawsFor(windowEnd);
    }

    public boolean hasDrawPending() {
        return !pool.waiting().isEmpty();
    }

    /** Decides the window's requests together, in the order drawn from {@code seed}, and records the draw. */
    public List<SlotDecision> draw(long seed, Instant at) {
        List<SlotDecision> decisions = new ArrayList<>();
        pool.draw(seed, at).forEach(holder -> decisions.add(allocate(holder)));
        return decisions;
    }

    /**
     * The requests still waiting whose place changed since the slot was read, in waitlist order:
     * someone ahead of them was promoted, withdrew or was removed. A newcomer is not a move.
     */
    public List<WaitlistMove> waitlistMoves() {
        return waitlist.moves();
    }

    /**
     * Takes the waitlist's places as told: once the moves (and the decisions that placed newcomers)
     * are published, the next change of the same slot in memory reports only what it moves.
     */
    public void markPositionsTold() {
        waitlist.markTold();
    }

    private boolean knows(String registrationId) {
        return holds(registrationId) || waitlist.positionOf(registrationId).isPresent()
                || pool.contains(registrationId);
    }

    private List<SlotDecision> promote() {
        List<SlotDecision> promoted = new ArrayList<>();
        while (confirmed.size() < capacity && !waitlist.isEmpty()) {
            Holder head = waitlist.takeHead().orElseThrow();
            confirmed.add(head);
            promoted.add(SlotDecision.of(Outcome.PROMOTED, head));
        }
        return promoted;
    }

    private Optional<Holder> removeConfirmed(String registrationId) {
        int index = Holder.indexOf(confirmed, registrationId);
        return index < 0 ? Optional.empty() : Optional.of(confirmed.remove(index));
    }

    /** A family's cancellation answers its own request; the system's keeps the request that took the place. */
    private static Holder answering(Holder held, Holder asker, ReleaseReason reason) {
        return reason == ReleaseReason.PARENT ? held.withRequest(asker.requestId()) : held;
    }

    public boolean holds(String registrationId) {
        return Holder.indexOf(confirmed, registrationId) >= 0;
    }

    public boolean isClosed() {
        return closedReason != null;
    }

    public SlotKey key() {
        return key;
    }

    public int capacity() {
        return capacity;
    }

    public String closedReason() {
        return closedReason;
    }

    public List<Holder> confirmed() {
        return List.copyOf(confirmed);
    }

    public Waitlist waitlist() {
        return waitlist;
    }

    public List<Holder> drawPool() {
        return pool.waiting();
    }

    public Instant drawUntil() {
        return pool.until();
    }

    public List<OpeningDraw.Record> draws() {
        return pool.draws();
    }
}
