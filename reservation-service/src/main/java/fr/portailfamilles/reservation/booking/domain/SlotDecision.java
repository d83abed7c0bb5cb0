package fr.portailfamilles.reservation.booking.domain;

/**
 * One decision of a slot about one child.
 *
 * @param holder        the child and the request the decision answers
 * @param position      the place on the waitlist (1 = next), for {@link Outcome#WAITLISTED}
 * @param reason        why, for {@link Outcome#CANCELLED} ({@link ReleaseReason}) and {@link Outcome#REFUSED}
 * @param previousState what the child had before a cancellation: {@code CONFIRMED} or {@code WAITLISTED}
 */
public record SlotDecision(Outcome outcome, Holder holder, Integer position, String reason, String previousState) {

    static SlotDecision of(Outcome outcome, Holder holder) {
        return new SlotDecision(outcome, holder, null, null, null);
    }

    static SlotDecision refused(Holder holder, String reason) {
        return new SlotDecision(Outcome.REFUSED, holder, null, reason, null);
    }
}
