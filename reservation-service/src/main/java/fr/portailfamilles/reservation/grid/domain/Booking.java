package fr.portailfamilles.reservation.grid.domain;

/** What the slot has decided for the child, as far as the grid knows. */
public enum Booking {
    NONE,
    CONFIRMED,
    WAITLISTED
}
