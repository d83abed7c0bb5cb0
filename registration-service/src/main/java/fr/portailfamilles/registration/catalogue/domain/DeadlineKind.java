package fr.portailfamilles.registration.catalogue.domain;

/** The ways a town sets the délai de prévenance of an activity. */
public enum DeadlineKind {
    /** At a time of day, a number of working days before the reserved day. */
    WORKING_DAYS_BEFORE,
    /** At a time of day on the Wednesday of the week before the reserved day's week. */
    WEDNESDAY_BEFORE_WEEK
}
