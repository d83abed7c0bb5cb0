package fr.portailfamilles.reservation.grid;

import fr.portailfamilles.platform.messaging.InboundEvent;
import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.platform.outbox.OutboxRelay;
import fr.portailfamilles.reservation.Topics;
import fr.portailfamilles.reservation.booking.ReservationEvents;
import fr.portailfamilles.reservation.booking.ReservationEvents.CellDecided;
import fr.portailfamilles.reservation.booking.ReservationEvents.WaitlistMoved;
import fr.portailfamilles.reservation.booking.domain.Outcome;
import fr.portailfamilles.reservation.calendar.domain.CellRef;
import fr.portailfamilles.reservation.grid.domain.ReservationCell;
import fr.portailfamilles.reservation.grid.domain.RequestProgress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps each registration's grid up to date with its slots' decisions, its places on their
 * waitlists and staff's attendance, counts each request's decided cells, and tells when a
 * request is settled.
 */
@Configuration(proxyBeanMethods = false)
class ProjectingDecisions {

    @Bean
    Consumer<Message<String>> projectReservation(Registrations registrations, ReservationEvents events,
            OutboxRelay relay, Clock clock, JsonMapper json) {
        return message -> {
            InboundEvent event = InboundEvent.from(message);
            Outcome outcome = ReservationEvents.outcomeOf(event.type());
            if (outcome != null) {
                CellDecided decided = event.payloadAs(json, CellDecided.class);
                if (registrations.apply(decided.registrationId(), event.id(),
                        registration -> project(registration, decided, outcome, events, clock))) {
                    relay.wake(RegistrationDocument.COLLECTION, decided.registrationId());
                }
            } else if (Topics.WAITLIST_MOVED.equals(event.type())) {
                WaitlistMoved moved = event.payloadAs(json, WaitlistMoved.class);
                CellRef cell = new CellRef(LocalDate.parse(moved.date()), moved.unit());
                registrations.apply(moved.registrationId(), event.id(), registration -> registration.cell(cell)
                        .movedUp(moved.requestId(), moved.position())
                        .map(after -> new Update().set(RegistrationDocument.cellPath(cell), after)).orElse(null));
            } else if (Topics.ATTENDANCE_RECORDED.equals(event.type())) {
                Attended attended = event.payloadAs(json, Attended.class);
                CellRef cell = new CellRef(LocalDate.parse(attended.date()), attended.unit());
                registrations.apply(attended.registrationId(), event.id(), registration -> new Update()
                        .set(RegistrationDocument.cellPath(cell),
                                registration.cell(cell).attended(attended.status(), attended.justified())));
            }
        };
    }

    static Update project(RegistrationDocument registration, CellDecided decided, Outcome outcome,
            ReservationEvents events, Clock clock) {
        CellRef cell = new CellRef(LocalDate.parse(decided.date()), decided.unit());
        ReservationCell after = registration.cell(cell).decided(outcome, decided.requestId(), decided.position());
        Update update = after.isEmpty() ? new Update().unset(RegistrationDocument.cellPath(cell))
                : new Update().set(RegistrationDocument.cellPath(cell), after);
        RequestProgress request = registration.requests().get(decided.requestId());
        Optional<RequestProgress> progressed = request == null ? Optional.empty() : request.record(cell.key(), outcome);
        progressed.ifPresent(progress -> {
            update.set("requests." + decided.requestId(), progress);
            if (progress.settled()) {
                update.push(OutboxEvent.FIELD, events.settled(new ReservationEvents.RequestSettled(
                        decided.requestId(), registration.id(), registration.familyId(), progress.confirmed(),
                        progress.waitlisted(), progress.refused(), progress.cancelled(), clock.instant())));
            }
        });
        return update;
    }

    /** What the grid reads of {@code attendance-recorded.v1}. */
    record Attended(String registrationId, String date, String unit, String status, boolean justified) {
    }
}
