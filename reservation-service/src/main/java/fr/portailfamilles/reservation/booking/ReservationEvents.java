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
import java.util.List;
import org.springframework.stereotype.Component;

/** Makes the integration events of this service, as {@code contracts/asyncapi/reservation.yaml} describes them. */
@Component
public class ReservationEvents {

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

    public OutboxEvent moved(SlotKey slot, WaitlistMove move, Instant at) {
        WaitlistMoved payload = new WaitlistMoved(move.holder().requestId(), move.holder().registrationId(),
                move.holder().familyId(), move.holder().childId(), slot.activityId(), slot.date().toString(),
                slot.unit(), at, move.to(), move.from());
        return outbox.create(Topics.RESERVATIONS, payload.registrationId(), Topics.WAITLIST_MOVED, payload);
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

    /** {@code waitlist-moved}: not a decision, the new place of a request still waiting. */
    public record WaitlistMoved(String requestId, String registrationId, String familyId, String childId,
            String activityId, String date, String unit, Instant movedAt, int position, int previousPosition) {
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
