package fr.portailfamilles.identity.notification.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;

/** What identity reads of {@code fr.portailfamilles.registration.rejected.v1}; other fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistrationRejected(String registrationId, String familyId, String activityName, String reason) {

    public RegistrationRejected {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(activityName, "activityName");
        Objects.requireNonNull(reason, "reason");
    }
}
