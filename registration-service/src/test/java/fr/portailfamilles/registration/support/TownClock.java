package fr.portailfamilles.registration.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A clock that starts on Monday 30 November 2026 at 10:00 in Carcans and then runs: the demo
 * season is under way whatever the day the tests run, and events keep their order in time.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TownClock {

    public static final Instant START = Instant.parse("2026-11-30T09:00:00Z");

    @Bean
    Clock clock() {
        return Clock.offset(Clock.system(ZoneId.of("Europe/Paris")), Duration.between(Instant.now(), START));
    }
}
