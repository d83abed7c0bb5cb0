package fr.portailfamilles.reservation.booking;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.platform.outbox.OutboxEvents;
import fr.portailfamilles.reservation.Topics;
import fr.portailfamilles.reservation.booking.domain.Outcome;
import fr.portailfamilles.reservation.booking.domain.SlotDecision;
import fr.portailfamilles.reservation.booking.domain.SlotKey;
import fr.portailfamilles.reservation.booking.domain.WaitlistMove;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Makes the integration events of this service, as {@code contracts/asyncapi/reservation.yaml} describes them. */
@Component
public class ReservationEvents {

    /** Keeps a {@code waitlist-moved} event of a long queue well under the broker's message size (~130 bytes a move). */
    static final int MOVES_PER_EVENT = 500;

    private final OutboxEvents outbox;

    ReservationEvents(OutboxEvents outbox) {
        this.outbox = outbox;
    }

    public OutboxEvent decided(SlotKey slot, SlotDecision decision, Instant at) {
        CellDecided payload = new CellDecided(decision.holder().requestId(), decision.holder().registrationId(),
                decision.holder().familyId(), decision.holder().childId(), slot.activityId(), slot.date().toString(),
                slot.unit(), at, decision.position(), decision.reason(), decision.previousState());
        return outbox.create(Topics.RESERVATIONS, payload.registrationId(), typeOf(decision.outcome()), payload);
    }

    /**
     * The moves of one change of a slot, in waitlist order: one event per {@link #MOVES_PER_EVENT}
     * moves, keyed by the slot, so that a cancellation costs a few events whatever the queue behind it.
     */
    public List<OutboxEvent> moved(SlotKey slot, List<WaitlistMove> moves, Instant at) {
        List<OutboxEvent> events = new ArrayList<>();
        for (int from = 0; from < moves.size(); from += MOVES_PER_EVENT) {
            List<Move> part = moves.subList(from, Math.min(moves.size(), from + MOVES_PER_EVENT)).stream()
                    .map(move -> new Move(move.holder().registrationId(), move.holder().requestId(), move.to(),
                            move.from()))
                    .toList();
            WaitlistMoved payload = new WaitlistMoved(slot.activityId(), slot.date().toString(), slot.unit(), at,
                    part);
            events.add(outbox.create(Topics.RESERVATIONS, slot.value(), Topics.WAITLIST_MOVED, payload));
        }
        return events;
    }

    public OutboxEvent requested(ReservationRequested payload) {
        return outbox.create(Topics.RESERVATIONS, payload.registrationId(), Topics.REQUESTED, payload);
    }

    public OutboxEvent settled(RequestSettled payload) {
        return outbox.create(Topics.RESERVATIONS, payload.registrationId(), Topics.REQUEST_SETTLED, payload);
    }

    public OutboxEvent command(SlotCommand command) {
        return outbox.create(Topics.ALLOCATION, command.slot().value(), Topics.ALLOCATION_REQUESTED, command);
    }

    public static String typeOf(Outcome outcome) {
        return switch (outcome) {
            case CONFIRMED -> Topics.CONFIRMED;
            case WAITLISTED -> Topics.WAITLISTED;
            case PROMOTED -> Topics.PROMOTED;
            case CANCELLED -> Topics.CANCELLED;
            case WITHDRAWN -> Topics.WITHDRAWN;
            case REFUSED -> Topics.REFUSED;
        };
    }

    public static Outcome outcomeOf(String type) {
        for (Outcome outcome : Outcome.values()) {
            if (typeOf(outcome).equals(type)) {
                return outcome;
            }
        }
        return null;
    }

    /** {@code confirmed}, {@code waitlisted}, {@code promoted}, {@code cancelled}, {@code withdrawn}, {@code refused}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CellDecided(String requestId, String registrationId, String familyId, String childId,
            String activityId, String date, String unit, Instant decidedAt, Integer position, String reason,
            String previousState) {
    }

    /** {@code waitlist-moved.v2}: not a decision, the new places of requests still waiting on one slot. */
    public record WaitlistMoved(String activityId, String date, String unit, Instant movedAt, List<Move> moves) {
    }

    /** One request still waiting, and the place it moved up to. */
    public record Move(String registrationId, String requestId, int position, int previousPosition) {
    }

    public record Cell(String date, String unit) {
    }

    public record ReservationRequested(String requestId, String registrationId, String familyId, String childId,
            String activityId, List<Cell> reserve, List<Cell> cancel, Instant requestedAt) {
    }

    public record RequestSettled(String requestId, String registrationId, String familyId, int confirmed,
            int waitlisted, int refused, int cancelled, Instant settledAt) {
    }
}
