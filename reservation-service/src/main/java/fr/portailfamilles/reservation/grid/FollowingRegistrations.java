package fr.portailfamilles.reservation.grid;

import fr.portailfamilles.platform.messaging.AppliedEvents;
import fr.portailfamilles.platform.messaging.InboundEvent;
import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.platform.outbox.OutboxRelay;
import fr.portailfamilles.reservation.Topics;
import fr.portailfamilles.reservation.booking.ReservationEvents;
import fr.portailfamilles.reservation.booking.SlotCommand;
import fr.portailfamilles.reservation.calendar.domain.CellRef;
import fr.portailfamilles.reservation.grid.domain.Booking;
import fr.portailfamilles.reservation.grid.domain.Pending;
import fr.portailfamilles.reservation.grid.domain.ReservationCell;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens a child's grid when the registration is approved, and closes it when the registration
 * is cancelled: its future places and waits are given back through their slots.
 */
@Configuration(proxyBeanMethods = false)
class FollowingRegistrations {

    @Bean
    Consumer<Message<String>> followRegistration(AppliedEvents appliedEvents, Registrations registrations,
            ReservationEvents events, OutboxRelay relay, Clock clock, JsonMapper json) {
        return message -> {
            InboundEvent event = InboundEvent.from(message);
            if (Topics.REGISTRATION_APPROVED.equals(event.type())) {
                open(appliedEvents, event, event.payloadAs(json, RegistrationMessages.Approved.class));
            } else if (Topics.REGISTRATION_CANCELLED.equals(event.type())) {
                RegistrationMessages.Cancelled cancelled = event.payloadAs(json, RegistrationMessages.Cancelled.class);
                LocalDate today = LocalDate.now(clock);
                if (registrations.apply(cancelled.registrationId(), event.id(),
                        registration -> close(registration, today, events, clock))) {
                    relay.wake();
                }
            }
        };
    }

    private static void open(AppliedEvents appliedEvents, InboundEvent event, RegistrationMessages.Approved approved) {
        if (approved.registrationId() == null || approved.familyId() == null || approved.startDate() == null
                || approved.endDate() == null) {
            throw new IllegalArgumentException("approved.v1 without registrationId, familyId or dates");
        }
        Update update = new Update().set("familyId", approved.familyId()).set("childId", approved.childId())
                .set("childFirstName", approved.childFirstName()).set("activityId", approved.activityId())
                .set("activityName", approved.activityName()).set("seasonId", approved.seasonId())
                .set("startDate", approved.startDate()).set("endDate", approved.endDate())
                .set("status", RegistrationDocument.ACTIVE).set("approvedAt", approved.approvedAt())
                .setOnInsert("cells", Map.of()).setOnInsert("requests", Map.of()).inc("revision", 1);
        appliedEvents.applyOnce(RegistrationDocument.COLLECTION, approved.registrationId(), event.id(), update, true);
    }

    private static Update close(RegistrationDocument registration, LocalDate today, ReservationEvents events,
            Clock clock) {
        if (!registration.isActive()) {
            return null;
        }
        String closing = UUID.randomUUID().toString();
        List<OutboxEvent> commands = registration.cells().entrySet().stream()
                .filter(entry -> CellRef.parse(entry.getKey()).date().isAfter(today))
                .filter(entry -> holdsOrAsks(entry.getValue()))
                .map(entry -> events.command(endOf(registration, CellRef.parse(entry.getKey()), closing, clock)))
                .toList();
        Update update = new Update().set("status", RegistrationDocument.CANCELLED);
        if (!commands.isEmpty()) {
            update.push(OutboxEvent.FIELD).each(commands.toArray());
        }
        return update;
    }

    private static boolean holdsOrAsks(ReservationCell cell) {
        return cell.booking() != Booking.NONE
                || cell.pending() != null && cell.pending().action() == Pending.Action.RESERVE;
    }

    private static SlotCommand endOf(RegistrationDocument registration, CellRef cell, String closing, Clock clock) {
        return new SlotCommand(UUID.randomUUID().toString(), SlotCommand.Action.END_REGISTRATION,
                registration.activityId(), cell.date().toString(), cell.unit(), closing, registration.id(),
                registration.familyId(), registration.childId(), clock.instant(), null);
    }
}
