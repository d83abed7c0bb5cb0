package fr.portailfamilles.reservation.grid;

import fr.portailfamilles.platform.messaging.EventBatches;
import fr.portailfamilles.platform.messaging.InboundEvent;
import fr.portailfamilles.reservation.Topics;
import fr.portailfamilles.reservation.booking.ReservationEvents;
import fr.portailfamilles.reservation.booking.ReservationEvents.CellDecided;
import fr.portailfamilles.reservation.booking.ReservationEvents.RequestSettled;
import fr.portailfamilles.reservation.booking.ReservationEvents.WaitlistMoved;
import fr.portailfamilles.reservation.booking.domain.Outcome;
import fr.portailfamilles.reservation.booking.domain.SlotKey;
import fr.portailfamilles.reservation.grid.domain.CellState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes every decision, and every move up a waitlist, to the grids open on this instance. Each
 * instance reads every event (a consumer group of its own, from the latest offset), since the
 * family's stream may be held by any instance. A poll's events are pushed registration by
 * registration, each grid receiving its share in one write (a family's twenty decisions at once
 * on opening morning).
 */
@Configuration(proxyBeanMethods = false)
class PushingDecisions {

    @Bean
    Consumer<Message<List<String>>> pushReservation(GridPush push, JsonMapper json) {
        return batch -> EventBatches.byKey(batch, event -> pushed(event, json), Pushes::key, group -> {
            Map<String, List<GridPush.Pushed>> byRegistration = new LinkedHashMap<>();
            group.forEach(received -> received.value().pushed().forEach(pushed -> byRegistration
                    .computeIfAbsent(pushed.registrationId(), id -> new ArrayList<>()).add(pushed)));
            byRegistration.forEach(push::pushAll);
        });
    }

    /** What the open grids receive of an event, or null for an event they ignore. */
    private static Pushes pushed(InboundEvent event, JsonMapper json) {
        Outcome outcome = ReservationEvents.outcomeOf(event.type());
        if (outcome != null) {
            CellDecided decided = event.payloadAs(json, CellDecided.class);
            return Pushes.one(new GridPush.Pushed(decided.registrationId(), "decision", new CellPushed(outcome.name(),
                    decided.requestId(), decided.date(), decided.unit(), stateAfter(outcome), decided.position(),
                    decided.reason())));
        }
        if (Topics.WAITLIST_MOVED.equals(event.type())) {
            WaitlistMoved moved = event.payloadAs(json, WaitlistMoved.class);
            SlotKey slot = new SlotKey(moved.activityId(), LocalDate.parse(moved.date()), moved.unit());
            return new Pushes(slot.value(), moved.moves().stream()
                    .map(move -> new GridPush.Pushed(move.registrationId(), "position", new PositionPushed(
                            moved.date(), moved.unit(), move.requestId(), move.position(), move.previousPosition())))
                    .toList());
        }
        if (Topics.REQUEST_SETTLED.equals(event.type())) {
            RequestSettled settled = event.payloadAs(json, RequestSettled.class);
            return Pushes.one(new GridPush.Pushed(settled.registrationId(), "settled", settled));
        }
        if (Topics.ATTENDANCE_RECORDED.equals(event.type())) {
            ProjectingDecisions.Attended attended = event.payloadAs(json, ProjectingDecisions.Attended.class);
            return Pushes.one(new GridPush.Pushed(attended.registrationId(), "decision", new CellPushed("ATTENDANCE",
                    null, attended.date(), attended.unit(), "PRESENT".equals(attended.status())
                            ? CellState.PRESENT.name() : CellState.ABSENT.name(), null, null)));
        }
        return null;
    }

    /**
     * The pushes an event makes, and the key it was published with: a registration for a decision,
     * a slot for the moves up its waitlist, whose pushes go to many registrations.
     */
    private record Pushes(String key, List<GridPush.Pushed> pushed) {

        static Pushes one(GridPush.Pushed pushed) {
            return new Pushes(pushed.registrationId(), List.of(pushed));
        }
    }

    /** The cell's state once the decision applies, or null when the page should read the grid again. */
    static String stateAfter(Outcome outcome) {
        return switch (outcome) {
            case CONFIRMED, PROMOTED -> CellState.CONFIRMED.name();
            case WAITLISTED -> CellState.WAITLISTED.name();
            case CANCELLED, WITHDRAWN -> CellState.FREE.name();
            case REFUSED -> null;
        };
    }

    /** A waiting cell's new place on its waitlist, as the page receives it (event {@code position}). */
    record PositionPushed(String date, String unit, String requestId, int position, int previousPosition) {
    }

    /** One cell's decision as the page receives it. */
    record CellPushed(String outcome, String requestId, String date, String unit, String state, Integer position,
            String reason) {
    }
}
