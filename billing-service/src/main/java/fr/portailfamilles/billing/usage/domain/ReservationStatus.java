package fr.portailfamilles.billing.usage.domain;

/** Where the reservation of a cell stands, as reservation-service last told billing. */
public enum ReservationStatus {
    /** No reservation was confirmed (never, or only requested / waitlisted). */
    NONE,
    /** Confirmed, directly or by promotion from the waitlist. */
    CONFIRMED,
    CANCELLED
}
