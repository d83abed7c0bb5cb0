package fr.portailfamilles.identity.notification.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;

/** What identity reads of {@code fr.portailfamilles.registration.cancelled.v1}; other fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistrationCancelled(String registrationId, String familyId, String activityName) {

    public RegistrationCancelled {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(activityName, "activityName");
    }
}
