package fr.portailfamilles.family.file;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/** Time as the town lives it: instants to the millisecond (as stored), days in Paris. */
@Component
public class FamilyClock {

    static final ZoneId TOWN = ZoneId.of("Europe/Paris");

    private final Clock clock;

    FamilyClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TOWN);
    }
}
