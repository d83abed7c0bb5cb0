package fr.portailfamilles.family.dashboard;

import fr.portailfamilles.family.dashboard.domain.RequestUpdate;
import fr.portailfamilles.platform.messaging.InboundEvent;

/**
 * How the dashboard reads one type of another service's event. Following a new kind of request
 * (a reservation, a cancellation, an invoice) is one more mapping and, for a new topic, one
 * more binding to {@link ProjectingRequests}.
 */
public interface RequestEventMapping {

    /** The CloudEvents type read, e.g. {@code fr.portailfamilles.registration.approved.v1}. */
    String eventType();

    RequestUpdate read(InboundEvent event);
}
