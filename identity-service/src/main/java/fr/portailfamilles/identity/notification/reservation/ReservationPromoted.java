package fr.portailfamilles.identity.notification.reservation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What identity reads of reservation-service's {@code fr.portailfamilles.reservation.promoted.v1}
 * (topic {@code reservation.reservation.v1}, key = registration id); other fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReservationPromoted(String registrationId, String familyId, LocalDate date, String unit) {

    public ReservationPromoted {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(unit, "unit");
    }
}
