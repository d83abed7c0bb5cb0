package fr.portailfamilles.reservation.booking.domain;

import java.time.Instant;
import java.util.List;
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

    /**
     * Where {@code registrationId} is in {@code holders}, or -1. A plain loop: on opening morning a
     * slot's writer looks every request up among a thousand holders or more.
     */
    public static int indexOf(List<Holder> holders, String registrationId) {
        for (int i = 0; i < holders.size(); i++) {
            if (holders.get(i).registrationId().equals(registrationId)) {
                return i;
            }
        }
        return -1;
    }

    Holder withRequest(String otherRequestId) {
        return new Holder(registrationId, familyId, childId, otherRequestId, since);
    }
}
