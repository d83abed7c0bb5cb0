package fr.portailfamilles.identity.login;

import java.time.Duration;
import java.time.Instant;

/**
 * The rule that slows down password guessing: after {@code threshold} failures, each further
 * attempt must wait a pause that doubles with every failure, up to the longest pause.
 */
record LoginThrottle(int threshold, Duration firstPause, Duration longestPause) {

    /** Until when attempts are refused after the {@code failures}-th failure at {@code at}, or null. */
    Instant pausedUntil(int failures, Instant at) {
        if (failures < threshold) {
            return null;
        }
        int doublings = Math.min(failures - threshold, 20);
        Duration pause = firstPause.multipliedBy(1L << doublings);
        return at.plus(pause.compareTo(longestPause) > 0 ? longestPause : pause);
    }
}
