package fr.portailfamilles.reservation.booking;

import fr.portailfamilles.platform.messaging.ConsumedTraces;
import fr.portailfamilles.platform.messaging.EventBatches;
import fr.portailfamilles.platform.messaging.EventBatches.Received;
import fr.portailfamilles.platform.outbox.OutboxRelay;
import fr.portailfamilles.reservation.Topics;
import fr.portailfamilles.reservation.booking.domain.ReleaseReason;
import fr.portailfamilles.reservation.booking.domain.Slot;
import fr.portailfamilles.reservation.booking.domain.SlotDecision;
import fr.portailfamilles.reservation.booking.domain.SlotKey;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * The single writer of each slot: consumes the allocation commands of its partitions in arrival
 * order and decides each cell at once: confirmed while places remain, else waitlisted. The
 * commands come in batches (as many as arrived since the last poll, so more on opening morning),
 * and the commands of one slot in a batch are decided in their order and written together.
 */
@Configuration(proxyBeanMethods = false)
class Allocating {

    @Bean
    Consumer<Message<List<String>>> allocateReservation(Allocator allocator, JsonMapper json) {
        return batch -> EventBatches.byKey(batch,
                event -> Topics.ALLOCATION_REQUESTED.equals(event.type()) ? event.payloadAs(json, SlotCommand.class)
                        : null,
                command -> command.slot().value(),
                allocator::on);
    }

    @Bean
    Allocator allocator(Slots slots, ReservationEvents events, OutboxRelay relay, Clock clock, MeterRegistry meters,
            ConsumedTraces traces) {
        return new Allocator(slots, events, relay, clock, meters, traces);
    }

    static final class Allocator {

        private final Slots slots;
        private final ReservationEvents events;
        private final OutboxRelay relay;
        private final Clock clock;
        private final Timer decisionTime;
        private final MeterRegistry meters;
        private final ConsumedTraces traces;

        Allocator(Slots slots, ReservationEvents events, OutboxRelay relay, Clock clock, MeterRegistry meters,
                ConsumedTraces traces) {
            this.slots = slots;
            this.events = events;
            this.relay = relay;
            this.clock = clock;
            this.meters = meters;
            this.traces = traces;
            this.decisionTime = Timer.builder("portail.reservation.decision")
                    .description("From the family's request received to the slot's decision written")
                    .publishPercentileHistogram()
                    .publishPercentiles(0.5, 0.95, 0.99)
                    .register(meters);
        }

        /** Decides the commands of one slot, in their order, and writes them together. */
        void on(List<Received<SlotCommand>> commands) {
            SlotKey key = commands.get(0).value().slot();
            List<Slots.Change> changes = new ArrayList<>(commands.size());
            for (Received<SlotCommand> received : commands) {
                SlotCommand command = received.value();
                Instant at = clock.instant();
                changes.add(new Slots.Change(command.commandId(), slot -> decide(slot, command, at),
                        decisions -> traces.within(received.event(), "allocate",
                                () -> decisions.stream().map(d -> events.decided(key, d, at)).toList())));
            }
            List<Optional<List<SlotDecision>>> decided = slots.changeAll(key, changes);
            if (decided.stream().anyMatch(Optional::isPresent)) {
                relay.wake(SlotDocument.COLLECTION, key.value());
            }
            for (int i = 0; i < commands.size(); i++) {
                SlotCommand command = commands.get(i).value();
                decided.get(i).ifPresent(decisions -> record(command, decisions));
            }
        }

        private static List<SlotDecision> decide(Slot slot, SlotCommand command, Instant at) {
            return switch (command.action()) {
                case RESERVE -> reserve(slot, command, at);
                case CANCEL -> slot.release(command.asker(at), ReleaseReason.PARENT);
                case END_REGISTRATION -> slot.release(command.asker(at), ReleaseReason.REGISTRATION_CANCELLED);
            };
        }

        /**
         * A request of an opening window joins the slot's draw; any other waits behind a draw still
         * to be made, so that nobody arriving after the window passes those of the window.
         */
        private static List<SlotDecision> reserve(Slot slot, SlotCommand command, Instant at) {
            if (command.drawUntil() != null && slot.drawsFor(command.drawUntil())) {
                return slot.enterDraw(command.asker(at), command.drawUntil()).map(List::of).orElse(List.of());
            }
            List<SlotDecision> decisions = new ArrayList<>();
            if (slot.hasDrawPending()) {
                decisions.addAll(slot.draw(OpeningDraws.seed(), at));
            }
            decisions.add(slot.allocate(command.asker(at)));
            return decisions;
        }

        private void record(SlotCommand command, List<SlotDecision> decisions) {
            Instant written = clock.instant();
            for (SlotDecision decision : decisions) {
                meters.counter("portail.reservation.decisions", "outcome", decision.outcome().name().toLowerCase())
                        .increment();
            }
            if (command.action() != SlotCommand.Action.END_REGISTRATION && command.receivedAt() != null
                    && !decisions.isEmpty()) {
                decisionTime.record(Duration.between(command.receivedAt(), written));
            }
        }
    }
}
