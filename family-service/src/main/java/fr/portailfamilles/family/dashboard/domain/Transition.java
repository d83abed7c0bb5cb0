package fr.portailfamilles.family.dashboard.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One report of a request's state, at the time the deciding service says it happened.
 *
 * @param reason why, for a refusal
 * @param note   a precision the family should read (e.g. « Validée automatiquement »)
 */
public record Transition(RequestState state, Instant at, String reason, String note) {

    public Transition {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
    }

    public static Transition to(RequestState state, Instant at) {
        return new Transition(state, at, null, null);
    }
}
