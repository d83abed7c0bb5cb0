package fr.portailfamilles.billing.usage;

import fr.portailfamilles.billing.usage.domain.Attendance;
import fr.portailfamilles.billing.usage.domain.BillingDecision;
import fr.portailfamilles.billing.usage.domain.BillingRules;
import fr.portailfamilles.billing.usage.domain.CancellationReason;
import fr.portailfamilles.billing.usage.domain.ReservationStatus;
import fr.portailfamilles.billing.usage.domain.UsageFacts;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;

/**
 * Billing's record of one cell (registration × day × unit), built from reservation-service's
 * events: the billable fact, not the grid. {@code invoiceId} is set once an invoice took it.
 */
public record UsageRecord(@Id String id, String registrationId, String familyId, String childId, String activityId,
        LocalDate date, String unit, String month, ReservationStatus reservation, CancellationReason reason,
        Attendance attendance, Boolean justified, Boolean unexpected, String invoiceId) {

    public static final String COLLECTION = "usage";

    public static String idOf(String registrationId, LocalDate date, String unit) {
        return registrationId + "|" + date + "|" + unit;
    }

    public UsageFacts facts() {
        return new UsageFacts(reservation, reason, attendance, Boolean.TRUE.equals(justified),
                Boolean.TRUE.equals(unexpected));
    }

    public BillingDecision decision() {
        return BillingRules.decide(facts());
    }
}
