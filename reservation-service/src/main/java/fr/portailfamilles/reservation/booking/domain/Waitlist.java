package fr.portailfamilles.reservation.booking.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The FIFO queue of a full slot: first come, first promoted. */
public final class Waitlist {

    private final List<Holder> queue;
    /**
     * The places as the families last heard them (when read, or when told since), to tell who
     * moved up: the first {@code toldSize} of the queue, until someone leaves it; then
     * {@code toldOrder}, taken just before. Joining adds at the end and moves nobody, so a
     * waitlist that only grows (a full slot on opening morning) is never copied for it.
     */
    private int toldSize;
    private List<Holder> toldOrder;

    public Waitlist(List<Holder> queue) {
        this.queue = new ArrayList<>(queue);
        this.toldSize = queue.size();
    }

    /** Queues {@code holder} at the end and returns its position (1 = next to be promoted). */
    int join(Holder holder) {
        queue.add(holder);
        return queue.size();
    }

    Optional<Holder> leave(String registrationId) {
        int index = Holder.indexOf(queue, registrationId);
        return index < 0 ? Optional.empty() : Optional.of(remove(index));
    }

    Optional<Holder> takeHead() {
        return queue.isEmpty() ? Optional.empty() : Optional.of(remove(0));
    }

    private Holder remove(int index) {
        if (toldOrder == null) {
            toldOrder = List.copyOf(queue.subList(0, toldSize));
        }
        return queue.remove(index);
    }

    /**
     * Those still waiting whose place changed since they were last told, in queue order: someone
     * ahead of them left. A newcomer is not a move.
     */
    List<WaitlistMove> moves() {
        if (toldOrder == null) {
            return List.of();
        }
        Map<String, Integer> placesTold = new HashMap<>();
        for (int i = 0; i < toldOrder.size(); i++) {
            placesTold.put(toldOrder.get(i).registrationId(), i + 1);
        }
        List<WaitlistMove> moves = new ArrayList<>();
        for (int i = 0; i < queue.size(); i++) {
            Integer before = placesTold.get(queue.get(i).registrationId());
            if (before != null && before > i + 1) {
                moves.add(new WaitlistMove(queue.get(i), before, i + 1));
            }
        }
        return moves;
    }

    /** Every family waiting now knows its place. */
    void markTold() {
        toldOrder = null;
        toldSize = queue.size();
    }

    public OptionalInt positionOf(String registrationId) {
        int index = Holder.indexOf(queue, registrationId);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index + 1);
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }

    public int size() {
        return queue.size();
    }

    public List<Holder> holders() {
        return List.copyOf(queue);
    }
}
