package fr.portailfamilles.family.dashboard.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What one event says about one request of a family, whichever service sent it.
 *
 * @param requestedAt when the family sent the request, if this event says it
 */
public record RequestUpdate(RequestKind kind, String requestId, String familyId, String childId,
        String childFirstName, String activityId, String activityName, Instant requestedAt, Transition transition) {

    public RequestUpdate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(transition, "transition");
    }

    /** One dashboard entry per request: the request's kind and id. */
    public String entryId() {
        return DashboardEntry.idOf(kind, requestId);
    }
}
