package fr.portailfamilles.identity.notification.reservation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Objects;

/** What identity reads of {@code fr.portailfamilles.reservation.cancelled.v1}; other fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReservationCancelled(String registrationId, String familyId, LocalDate date, String unit,
        String reason) {

    /** The reason of a cancellation that staff decided by closing the day, the only one mailed. */
    public static final String DAY_CLOSED = "DAY_CLOSED";

    public ReservationCancelled {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(date, "date");
    }

    public boolean becauseTheDayClosed() {
        return DAY_CLOSED.equals(reason);
    }
}
