package fr.portailfamilles.reservation.grid;

import fr.portailfamilles.platform.messaging.ConsumedTraces;
import fr.portailfamilles.platform.messaging.EventBatches;
import fr.portailfamilles.platform.messaging.EventBatches.Received;
import fr.portailfamilles.platform.messaging.InboundEvent;
import fr.portailfamilles.platform.outbox.OutboxRelay;
import fr.portailfamilles.reservation.Topics;
import fr.portailfamilles.reservation.booking.ReservationEvents;
import fr.portailfamilles.reservation.booking.ReservationEvents.CellDecided;
import fr.portailfamilles.reservation.booking.domain.Outcome;
import fr.portailfamilles.reservation.calendar.domain.CellRef;
import fr.portailfamilles.reservation.grid.domain.RequestProgress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps each registration's grid up to date with its slots' decisions and staff's attendance,
 * counts each request's decided cells, and tells when a request is settled. Moves up a waitlist
 * are not projected: a cancellation would rewrite every registration waiting behind it, and the
 * grid reads the live places from the slots. The events come in batches: the registrations of a
 * batch are read with one query, those of each registration are applied in their order and
 * written together (a family's twenty decisions in one update), and the updates of all the
 * registrations go in one bulk write.
 */
@Configuration(proxyBeanMethods = false)
class ProjectingDecisions {

    @Bean
    Consumer<Message<List<String>>> projectReservation(Registrations registrations, ReservationEvents events,
            OutboxRelay relay, Clock clock, JsonMapper json, ConsumedTraces traces) {
        return batch -> EventBatches.together(batch, event -> projection(event, json, events, clock), projections -> {
            Map<String, List<Registrations.Applied>> byRegistration = new LinkedHashMap<>();
            for (Received<Projection> received : projections) {
                byRegistration.computeIfAbsent(received.value().registrationId(), id -> new ArrayList<>())
                        .add(new Registrations.Applied(received.event().id(), registration -> traces.within(
                                received.event(), "project", () -> received.value().change().apply(registration))));
            }
            registrations.applyAll(byRegistration).forEach((registrationId, written) -> {
                if (written.publishes()) {
                    relay.wake(RegistrationDocument.COLLECTION, registrationId);
                }
            });
        });
    }

    /** What an event changes in its registration's grid, or null for an event the grid ignores. */
    private static Projection projection(InboundEvent event, JsonMapper json, ReservationEvents events, Clock clock) {
        Outcome outcome = ReservationEvents.outcomeOf(event.type());
        if (outcome != null) {
            CellDecided decided = event.payloadAs(json, CellDecided.class);
            return new Projection(decided.registrationId(),
                    registration -> project(registration, decided, outcome, events, clock));
        }
        if (Topics.ATTENDANCE_RECORDED.equals(event.type())) {
            Attended attended = event.payloadAs(json, Attended.class);
            CellRef cell = new CellRef(LocalDate.parse(attended.date()), attended.unit());
            return new Projection(attended.registrationId(), registration -> new GridChange()
                    .cell(cell, registration.cell(cell).attended(attended.status(), attended.justified())));
        }
        return null;
    }

    static GridChange project(RegistrationDocument registration, CellDecided decided, Outcome outcome,
            ReservationEvents events, Clock clock) {
        CellRef cell = new CellRef(LocalDate.parse(decided.date()), decided.unit());
        GridChange change = new GridChange()
                .cell(cell, registration.cell(cell).decided(outcome, decided.requestId(), decided.position()));
        RequestProgress request = registration.requests().get(decided.requestId());
        Optional<RequestProgress> progressed = request == null ? Optional.empty() : request.record(cell.key(), outcome);
        progressed.ifPresent(progress -> {
            change.request(decided.requestId(), progress);
            if (progress.settled()) {
                change.publish(events.settled(new ReservationEvents.RequestSettled(
                        decided.requestId(), registration.id(), registration.familyId(), progress.confirmed(),
                        progress.waitlisted(), progress.refused(), progress.cancelled(), clock.instant())));
            }
        });
        return change;
    }

    /** An event as the grid reads it: the registration it changes, and how. */
    private record Projection(String registrationId, Function<RegistrationDocument, GridChange> change) {
    }

    /** What the grid reads of {@code attendance-recorded.v1}. */
    record Attended(String registrationId, String date, String unit, String status, boolean justified) {
    }
}
