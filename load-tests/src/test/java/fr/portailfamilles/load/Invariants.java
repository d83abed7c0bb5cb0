package fr.portailfamilles.load;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * What must hold once the morning is over, checked on the staff's view of every slot and on what
 * the families received: no slot holds more confirmed children than its capacity, each waitlist
 * is in arrival order, every requested cell was decided exactly once, no place stays free while
 * families wait (a place freed by a cancellation went to the waitlist), and only waiting families
 * were promoted.
 */
final class Invariants {

    /** Cells the portal accepted to reserve, per slot ({@code date|unit}). */
    final Map<String, AtomicInteger> requestedBySlot = new ConcurrentHashMap<>();
    /** Confirmed cells the families cancelled, per slot. */
    final Map<String, AtomicInteger> cancelledBySlot = new ConcurrentHashMap<>();

    void requested(String slot) {
        requestedBySlot.computeIfAbsent(slot, s -> new AtomicInteger()).incrementAndGet();
    }

    void cancelled(String slot) {
        cancelledBySlot.computeIfAbsent(slot, s -> new AtomicInteger()).incrementAndGet();
    }

    /** The broken invariants, one French-free line each for the log; empty when all hold. */
    List<String> violations(JsonNode board, DecisionStreams streams, long requestedCells) {
        List<String> broken = new ArrayList<>();
        for (JsonNode day : board) {
            for (JsonNode unit : day.path("units")) {
                String slot = day.path("date").asString() + "|" + unit.path("unit").asString();
                int capacity = unit.path("capacity").asInt();
                int confirmed = unit.path("confirmed").asInt();
                int waitlisted = unit.path("waitlisted").asInt();
                if (confirmed > capacity) {
                    broken.add("overbooking on " + slot + ": " + confirmed + " confirmed for " + capacity + " places");
                }
                int requested = count(requestedBySlot, slot);
                int cancelled = count(cancelledBySlot, slot);
                if (confirmed + waitlisted != requested - cancelled) {
                    broken.add("decisions on " + slot + ": " + confirmed + " confirmed + " + waitlisted
                            + " waitlisted, expected " + requested + " requested - " + cancelled + " cancelled");
                }
                if (waitlisted > 0 && confirmed < capacity) {
                    broken.add("free place left on " + slot + " while " + waitlisted + " wait");
                }
                Instant previous = Instant.MIN;
                for (JsonNode waiting : unit.path("waitlist")) {
                    if (!waiting.hasNonNull("since")) {
                        continue;
                    }
                    Instant since = Instant.parse(waiting.path("since").asString());
                    if (since.isBefore(previous)) {
                        broken.add("waitlist of " + slot + " out of arrival order at position "
                                + waiting.path("position").asInt());
                    }
                    previous = since;
                }
            }
        }
        streams.promotedBySlot.forEach((slot, promoted) -> {
            List<String> waited = streams.waitlistedBySlot.getOrDefault(slot, List.of()).stream()
                    .map(DecisionStreams.Waitlisted::registrationId).toList();
            promoted.stream().filter(registration -> !waited.contains(registration)).forEach(registration ->
                    broken.add("promotion on " + slot + " of " + registration + ", which was not waiting"));
        });
        if (streams.decisions.get() != requestedCells + total(cancelledBySlot)) {
            broken.add("decisions received by the families: " + streams.decisions.get() + ", expected "
                    + (requestedCells + total(cancelledBySlot)));
        }
        if (streams.duplicateDecisions.get() > 0) {
            broken.add(streams.duplicateDecisions.get() + " cells decided twice");
        }
        if (streams.streamFailures.get() > 0) {
            broken.add(streams.streamFailures.get() + " grid streams failed");
        }
        return broken;
    }

    static int count(Map<String, AtomicInteger> counts, String slot) {
        AtomicInteger value = counts.get(slot);
        return value == null ? 0 : value.get();
    }

    static long total(Map<String, AtomicInteger> counts) {
        return counts.values().stream().mapToLong(AtomicInteger::get).sum();
    }
}
