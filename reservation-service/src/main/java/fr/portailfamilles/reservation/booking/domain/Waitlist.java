package fr.portailfamilles.reservation.booking.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The FIFO queue of a full slot: first come, first promoted. */
public final class Waitlist {

    private final List<Holder> queue;

    public Waitlist(List<Holder> queue) {
        this.queue = new ArrayList<>(queue);
    }

    /** Queues {@code holder} at the end and returns its position (1 = next to be promoted). */
    int join(Holder holder) {
        queue.add(holder);
        return queue.size();
    }

    Optional<Holder> leave(String registrationId) {
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).registrationId().equals(registrationId)) {
                return Optional.of(queue.remove(i));
            }
        }
        return Optional.empty();
    }

    Optional<Holder> takeHead() {
        return queue.isEmpty() ? Optional.empty() : Optional.of(queue.remove(0));
    }

    public OptionalInt positionOf(String registrationId) {
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).registrationId().equals(registrationId)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
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
