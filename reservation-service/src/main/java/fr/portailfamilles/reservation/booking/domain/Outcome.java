package fr.portailfamilles.reservation.booking.domain;

/** What a slot decided for one child. */
public enum Outcome {
    /** A place is taken. */
    CONFIRMED,
    /** No place left: the request waits its turn. */
    WAITLISTED,
    /** A place freed up and the head of the waitlist took it. */
    PROMOTED,
    /** A confirmed place was given back, or the system removed a place or a wait (closed day, registration ended). */
    CANCELLED,
    /** The family withdrew a request that was waiting. */
    WITHDRAWN,
    /** Nothing could be done (day closed meanwhile, cell already held, nothing to cancel). */
    REFUSED
}
