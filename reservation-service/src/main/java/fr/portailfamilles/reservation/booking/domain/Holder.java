package fr.portailfamilles.reservation.booking.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A child holding a place, or waiting for one, in a slot.
 *
 * @param requestId the family's request that asked for it
 * @param since     when the slot took the request (its arrival order)
 */
public record Holder(String registrationId, String familyId, String childId, String requestId, Instant since) {

    public Holder {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(since, "since");
    }

    Holder withRequest(String otherRequestId) {
        return new Holder(registrationId, familyId, childId, otherRequestId, since);
    }
}
