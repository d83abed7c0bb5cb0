package fr.portailfamilles.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(1), Duration.ofMinutes(15));
    final Instant now = Instant.parse("2026-09-01T08:30:00Z");

    @Test
    void letsTheFirstFailuresThrough() {
        assertThat(throttle.pausedUntil(4, now)).isNull();
    }

    @Test
    void pausesFromTheThresholdAndDoublesThePauseAtEachFurtherFailure() {
        assertThat(throttle.pausedUntil(5, now)).isEqualTo(now.plus(Duration.ofMinutes(1)));
        assertThat(throttle.pausedUntil(6, now)).isEqualTo(now.plus(Duration.ofMinutes(2)));
        assertThat(throttle.pausedUntil(8, now)).isEqualTo(now.plus(Duration.ofMinutes(8)));
    }

    @Test
    void neverPausesLongerThanTheLongestPause() {
        assertThat(throttle.pausedUntil(9, now)).isEqualTo(now.plus(Duration.ofMinutes(15)));
        assertThat(throttle.pausedUntil(500, now)).isEqualTo(now.plus(Duration.ofMinutes(15)));
    }
}
