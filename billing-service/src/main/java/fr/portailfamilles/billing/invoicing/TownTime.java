package fr.portailfamilles.billing.invoicing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/** Dates as the town lives them (Europe/Paris), whatever the server's zone. */
public final class TownTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private TownTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(ZONE));
    }
}
