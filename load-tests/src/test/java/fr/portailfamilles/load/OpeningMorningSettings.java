package fr.portailfamilles.load;

import fr.portailfamilles.launcher.PortalServices;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one run of the opening-morning benchmark plays, from {@code -Dbench.*} system properties.
 *
 * @param portalUrl      the gateway of the running portal
 * @param mailViewerUrl  the SMTP catcher's API, where the account-opening mails with their password links arrive
 * @param families       how many families arrive
 * @param ramp           the time over which they arrive at the opened grid
 * @param month          the month whose reservations open
 * @param capacityShare  each slot's capacity as a share of the families, so that the rest waits
 * @param cancelShare    the share of families that cancel one confirmed day once decided
 * @param decisionWait   how long a family waits for its decisions before the run counts them missing
 * @param setupThreads   parallel HTTP workers while families are prepared (before the opening)
 * @param workDir        where accounts are remembered between runs and results are written
 * @param metricsUrls    the services' Prometheus endpoints, read before and after the run for the
 *                       MongoDB commands they sent (by default the embedded stack's services)
 */
record OpeningMorningSettings(String portalUrl, String mailViewerUrl, int families, Duration ramp, YearMonth month,
        double capacityShare, double cancelShare, Duration decisionWait, int setupThreads, Path workDir,
        List<String> metricsUrls) {

    /**
     * The metrics of the embedded stack's services that own a MongoDB database, on the ports the
     * launcher gives them (its defaults, or its own {@code -Dportail.port.<service>} overrides).
     */
    private static String embeddedServicesMetrics() {
        return PortalServices.from(System.getProperties()).inStartOrder().stream()
                .filter(service -> service.database().isPresent())
                .map(service -> "http://localhost:" + service.port() + "/actuator/prometheus")
                .collect(Collectors.joining(","));
    }

    static OpeningMorningSettings fromSystemProperties() {
        return new OpeningMorningSettings(
                System.getProperty("bench.portalUrl", "http://localhost:8080"),
                System.getProperty("bench.mailViewerUrl", "http://localhost:8025"),
                Integer.getInteger("bench.families", 500),
                Duration.ofSeconds(Integer.getInteger("bench.rampSeconds", 60)),
                YearMonth.parse(System.getProperty("bench.month", "2027-01")),
                Double.parseDouble(System.getProperty("bench.capacityShare", "0.6")),
                Double.parseDouble(System.getProperty("bench.cancelShare", "0.1")),
                Duration.ofSeconds(Integer.getInteger("bench.decisionWaitSeconds", 120)),
                Integer.getInteger("bench.setupThreads", 4),
                Path.of(System.getProperty("bench.workDir", "target/opening-morning")),
                Arrays.stream(System.getProperty("bench.metricsUrls", embeddedServicesMetrics()).split(","))
                        .map(String::trim).filter(url -> !url.isEmpty()).toList());
    }

    /** The bench activity's period: the month's days from its first Monday on, Monday to Friday. */
    LocalDate firstDay() {
        LocalDate day = month.atDay(1);
        while (day.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    LocalDate lastDay() {
        return month.atEndOfMonth();
    }

    int slotCapacity() {
        return Math.max(1, (int) Math.round(families * capacityShare));
    }
}
