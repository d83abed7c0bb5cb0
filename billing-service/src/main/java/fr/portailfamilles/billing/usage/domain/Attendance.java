package fr.portailfamilles.billing.usage.domain;

/** What staff recorded on the day (pointage). */
public enum Attendance {
    NOT_RECORDED,
    PRESENT,
    ABSENT
}
