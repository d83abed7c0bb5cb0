package fr.portailfamilles.reservation.grid.domain;

import java.time.Instant;

/**
 * A change the family sent that its slot has not decided yet.
 *
 * @param action    {@link Action#RESERVE} or {@link Action#CANCEL}
 * @param requestId the family's request
 */
public record Pending(Action action, String requestId, Instant at) {

    public enum Action { RESERVE, CANCEL }
}
