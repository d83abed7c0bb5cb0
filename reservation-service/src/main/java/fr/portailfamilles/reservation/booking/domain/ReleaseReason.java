package fr.portailfamilles.reservation.booking.domain;

/** Why a place or a wait was given up. */
public enum ReleaseReason {
    PARENT,
    DAY_CLOSED,
    REGISTRATION_CANCELLED
}
