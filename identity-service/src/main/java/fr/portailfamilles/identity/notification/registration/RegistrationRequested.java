package fr.portailfamilles.identity.notification.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;

/**
 * What identity reads of registration-service's {@code fr.portailfamilles.registration.requested.v1}
 * (topic {@code registration.registration.v1}, key = registration id): the names a later refusal mail needs.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistrationRequested(String registrationId, String childFirstName, String activityName) {

    public RegistrationRequested {
        Objects.requireNonNull(registrationId, "registrationId");
    }
}
