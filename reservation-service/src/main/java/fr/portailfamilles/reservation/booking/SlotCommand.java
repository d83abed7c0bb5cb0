package fr.portailfamilles.reservation.booking;

import fr.portailfamilles.reservation.booking.domain.Holder;
import fr.portailfamilles.reservation.booking.domain.SlotKey;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An allocation command, internal to this service: one cell of a request on its way to the
 * slot's single writer (topic {@code reservation.allocation.v1}, key = slot key).
 *
 * @param commandId  unique; the slot remembers it so that a redelivery changes nothing
 * @param receivedAt when the service accepted the request: the decision timer starts there
 * @param drawUntil  for a request received during an opening window, the window's end: the slot
 *                   decides it with the others of the window by a draw; null otherwise
 */
public record SlotCommand(String commandId, Action action, String activityId, String date, String unit,
        String requestId, String registrationId, String familyId, String childId, Instant receivedAt,
        Instant drawUntil) {

    public enum Action {
        /** The family asks for a place. */
        RESERVE,
        /** The family gives up a place or a wait, or withdraws a request in flight. */
        CANCEL,
        /** The registration was cancelled: its future places and waits go. */
        END_REGISTRATION
    }

    public SlotKey slot() {
        return new SlotKey(activityId, LocalDate.parse(date), unit);
    }

    /** The child and request the command is about, as the slot holds it. */
    public Holder asker(Instant at) {
        return new Holder(registrationId, familyId, childId, requestId, at);
    }
}
