package fr.portailfamilles.billing.usage.domain;

/**
 * What billing knows of one cell (child × activity × day × unit).
 *
 * @param reason     set when the reservation is cancelled
 * @param justified  an absence with a reason staff accepted (illness…)
 * @param unexpected a presence staff added without a reservation
 */
public record UsageFacts(ReservationStatus reservation, CancellationReason reason, Attendance attendance,
        boolean justified, boolean unexpected) {

    public UsageFacts {
        reservation = reservation == null ? ReservationStatus.NONE : reservation;
        attendance = attendance == null ? Attendance.NOT_RECORDED : attendance;
    }

    public static UsageFacts confirmed() {
        return new UsageFacts(ReservationStatus.CONFIRMED, null, Attendance.NOT_RECORDED, false, false);
    }

    public static UsageFacts cancelled(CancellationReason reason) {
        return new UsageFacts(ReservationStatus.CANCELLED, reason, Attendance.NOT_RECORDED, false, false);
    }

    public UsageFacts present(boolean wasUnexpected) {
        return new UsageFacts(reservation, reason, Attendance.PRESENT, false, wasUnexpected);
    }

    public UsageFacts absent(boolean wasJustified) {
        return new UsageFacts(reservation, reason, Attendance.ABSENT, wasJustified, false);
    }
}
