package fr.portailfamilles.billing.usage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.portailfamilles.billing.usage.domain.CancellationReason;
import fr.portailfamilles.platform.messaging.EventBatches;
import fr.portailfamilles.platform.messaging.EventBatches.Received;
import fr.portailfamilles.platform.messaging.InboundEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * The binding {@code recordUsage-in-0} on {@code reservation.reservation.v1} (key = registration
 * id): confirmations, promotions, cancellations and attendance; requests and waitlisting are
 * not billable and are ignored. A poll's events come together (batch mode) and are recorded in
 * their order by one bulk write; a poll whose write fails is recorded again one event at a time,
 * so that the event that cannot be recorded is the one retried and set aside.
 */
@Configuration(proxyBeanMethods = false)
class ReservationEvents {

    static final String CONFIRMED = "fr.portailfamilles.reservation.confirmed.v1";
    static final String PROMOTED = "fr.portailfamilles.reservation.promoted.v1";
    static final String CANCELLED = "fr.portailfamilles.reservation.cancelled.v1";
    static final String ATTENDANCE_RECORDED = "fr.portailfamilles.reservation.attendance-recorded.v1";

    @Bean
    Consumer<Message<List<String>>> recordUsage(UsageLedger ledger, JsonMapper json) {
        return batch -> EventBatches.together(batch, event -> fact(event, json),
                facts -> ledger.record(facts.stream().map(Received::value).toList()));
    }

    /** The billable fact of an event, or null for an event that is not billable. */
    private static UsageLedger.Fact fact(InboundEvent event, JsonMapper json) {
        return switch (event.type()) {
            case CONFIRMED, PROMOTED -> UsageLedger.Fact.confirmed(event.id(),
                    event.payloadAs(json, ReservationDecided.class).cell());
            case CANCELLED -> {
                ReservationDecided cancelled = event.payloadAs(json, ReservationDecided.class);
                yield UsageLedger.Fact.cancelled(event.id(), cancelled.cell(), cancelled.reason() == null
                        ? CancellationReason.PARENT : cancelled.reason());
            }
            case ATTENDANCE_RECORDED -> {
                AttendanceRecorded recorded = event.payloadAs(json, AttendanceRecorded.class);
                yield UsageLedger.Fact.attendance(event.id(), recorded.cell(), "PRESENT".equals(recorded.status()),
                        Boolean.TRUE.equals(recorded.justified()), Boolean.TRUE.equals(recorded.unexpected()));
            }
            default -> null; // requested, waitlisted…: nothing billable yet
        };
    }

    private static UsageLedger.Cell cell(String registrationId, String familyId, String childId, String activityId,
            LocalDate date, String unit) {
        if (registrationId == null || familyId == null || childId == null || activityId == null || date == null
                || unit == null) {
            throw new IllegalArgumentException("A reservation event without its cell cannot be recorded");
        }
        return new UsageLedger.Cell(registrationId, familyId, childId, activityId, date, unit);
    }

    /** Billing's record of {@code reservation.confirmed.v1}, {@code promoted.v1} and {@code cancelled.v1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReservationDecided(String requestId, String registrationId, String familyId, String childId,
            String activityId, LocalDate date, String unit, CancellationReason reason, Instant decidedAt) {

        UsageLedger.Cell cell() {
            return ReservationEvents.cell(registrationId, familyId, childId, activityId, date, unit);
        }
    }

    /** Billing's record of {@code reservation.attendance-recorded.v1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AttendanceRecorded(String registrationId, String familyId, String childId, String activityId,
            LocalDate date, String unit, String status, Boolean justified, Boolean unexpected, Instant recordedAt) {

        UsageLedger.Cell cell() {
            return ReservationEvents.cell(registrationId, familyId, childId, activityId, date, unit);
        }
    }
}
