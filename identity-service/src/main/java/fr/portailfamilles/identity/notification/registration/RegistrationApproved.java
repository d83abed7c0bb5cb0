package fr.portailfamilles.identity.notification.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Objects;

/** What identity reads of {@code fr.portailfamilles.registration.approved.v1}; other fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistrationApproved(String registrationId, String familyId, String childFirstName,
        String activityName, LocalDate startDate, LocalDate endDate) {

    public RegistrationApproved {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(childFirstName, "childFirstName");
        Objects.requireNonNull(activityName, "activityName");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
    }
}
