package fr.portailfamilles.billing.usage.domain;

/** Why a reservation was cancelled, as carried by {@code reservation.cancelled.v1}. */
public enum CancellationReason {
    /** The parent cancelled; reservation-service only accepts it before the change deadline. */
    PARENT,
    /** The town closed that day. */
    DAY_CLOSED,
    /** The child's registration to the activity was cancelled. */
    REGISTRATION_CANCELLED
}
