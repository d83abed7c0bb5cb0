package fr.portailfamilles.reservation.grid.domain;

import fr.portailfamilles.reservation.booking.domain.Outcome;

/**
 * One cell of a child's grid: the slot's last decision, the change in flight, attendance and
 * billing. Its legend state follows from them and from whether the day may still be changed.
 *
 * @param position   the place on the waitlist when decided (the grid shows the live one, read from the
 *                   slot; {@code waitlist-moved} tells the open grids)
 * @param attendance {@code PRESENT} or {@code ABSENT} once staff recorded it, else null
 */
public record ReservationCell(Booking booking, Integer position, String requestId, Pending pending,
        String attendance, boolean justified, boolean invoiced) {

    public static final ReservationCell EMPTY = new ReservationCell(Booking.NONE, null, null, null, null, false, false);

    public ReservationCell {
        booking = booking == null ? Booking.NONE : booking;
    }

    public CellState stateFor(boolean modifiable) {
        if (attendance != null) {
            return "PRESENT".equals(attendance) ? CellState.PRESENT : CellState.ABSENT;
        }
        if (invoiced) {
            return CellState.INVOICED;
        }
        if (pending != null) {
            if (pending.action() == Pending.Action.RESERVE) {
                return CellState.REQUESTED;
            }
            return booking == Booking.CONFIRMED ? CellState.CANCEL_REQUESTED : CellState.WITHDRAW_REQUESTED;
        }
        return switch (booking) {
            case CONFIRMED -> modifiable ? CellState.CONFIRMED : CellState.LOCKED_CONFIRMED;
            case WAITLISTED -> modifiable ? CellState.WAITLISTED : CellState.LOCKED_WAITLISTED;
            case NONE -> CellState.FREE;
        };
    }

    /** Staff recorded attendance, or billing invoiced it: the family can no longer change it. */
    public boolean isSettledByStaff() {
        return attendance != null || invoiced;
    }

    public boolean mayBeReserved() {
        return booking == Booking.NONE && pending == null && !isSettledByStaff();
    }

    /** A confirmed or waitlisted place, or a reservation still in flight, may be cancelled. */
    public boolean mayBeCancelled() {
        boolean held = booking != Booking.NONE && pending == null;
        boolean inFlight = pending != null && pending.action() == Pending.Action.RESERVE;
        return (held || inFlight) && !isSettledByStaff();
    }

    public ReservationCell withPending(Pending change) {
        return new ReservationCell(booking, position, requestId, change, attendance, justified, invoiced);
    }

    /** The slot decided {@code outcome} for {@code decidedRequest}; the change in flight ends if it was that request. */
    public ReservationCell decided(Outcome outcome, String decidedRequest, Integer waitPosition) {
        Pending stillPending = pending != null && pending.requestId().equals(decidedRequest) ? null : pending;
        return switch (outcome) {
            case CONFIRMED, PROMOTED -> new ReservationCell(Booking.CONFIRMED, null, decidedRequest, stillPending,
                    attendance, justified, invoiced);
            case WAITLISTED -> new ReservationCell(Booking.WAITLISTED, waitPosition, decidedRequest, stillPending,
                    attendance, justified, invoiced);
            case CANCELLED, WITHDRAWN -> new ReservationCell(Booking.NONE, null, null, stillPending, attendance,
                    justified, invoiced);
            case REFUSED -> new ReservationCell(booking, position, requestId, stillPending, attendance, justified,
                    invoiced);
        };
    }

    public ReservationCell attended(String status, boolean isJustified) {
        return new ReservationCell(booking, position, requestId, pending, status, isJustified, invoiced);
    }

    public ReservationCell markedInvoiced() {
        return new ReservationCell(booking, position, requestId, pending, attendance, justified, true);
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
