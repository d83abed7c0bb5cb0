package fr.portailfamilles.reservation.calendar.domain;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When reservations for a period open, and for how long after the opening requests are decided
 * together by a fair draw rather than in arrival order (zero: no draw).
 */
public record OpeningWindow(String periodId, LocalDateTime opensAt, Duration drawWindow) {

    public OpeningWindow {
        Objects.requireNonNull(periodId, "periodId");
        Objects.requireNonNull(opensAt, "opensAt");
        drawWindow = drawWindow == null || drawWindow.isNegative() ? Duration.ZERO : drawWindow;
    }

    public boolean isOpenAt(LocalDateTime now) {
        return !now.isBefore(opensAt);
    }

    /** The end of the draw window if {@code receivedAt} falls in it: such a request waits for the draw. */
    public Optional<LocalDateTime> drawUntil(LocalDateTime receivedAt) {
        LocalDateTime end = opensAt.plus(drawWindow);
        return isOpenAt(receivedAt) && receivedAt.isBefore(end) ? Optional.of(end) : Optional.empty();
    }
}
