package fr.portailfamilles.registration.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/** The date and time as the town sees them: a season ends, and the town hall opens, in local time. */
@Component
public class TownTime {

    private final Clock clock;
    private final TownSettings settings;

    TownTime(Clock clock, TownSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /** Now, to the millisecond: what MongoDB keeps of an instant, so a reloaded document compares equal. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), settings.zone());
    }

    public LocalDateTime localNow() {
        return LocalDateTime.ofInstant(clock.instant(), settings.zone());
    }
}
