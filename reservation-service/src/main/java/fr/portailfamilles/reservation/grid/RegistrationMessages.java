package fr.portailfamilles.reservation.grid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** Our own reading of the events we consume about registrations and invoices: only what the grid needs. */
final class RegistrationMessages {

    private RegistrationMessages() {
    }

    /** {@code fr.portailfamilles.registration.approved.v1} */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Approved(String registrationId, String familyId, String childId, String childFirstName,
            String activityId, String activityName, String seasonId, String startDate, String endDate,
            Instant approvedAt, Boolean automatic) {
    }

    /** {@code fr.portailfamilles.registration.cancelled.v1} */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Cancelled(String registrationId, String familyId, String childId, String activityId,
            String activityName, Instant cancelledAt) {
    }

    /** {@code fr.portailfamilles.billing.invoice-issued.v1} */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record InvoiceIssued(String invoiceId, String familyId, String number, String month, List<Line> lines,
            Instant issuedAt) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Line(String childId, String activityId, String date, String unit) {
        }
    }
}
