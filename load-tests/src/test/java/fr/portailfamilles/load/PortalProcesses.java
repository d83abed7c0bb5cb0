package fr.portailfamilles.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's processes on this machine (each service's jar, the launcher holding Kafka, MongoDB
 * and the mail catcher, and this load generator), with their CPU time and memory read from
 * {@code /proc}: everything runs on one box, so the load generator's share is reported too.
 */
final class PortalProcesses {

    private static final Pattern JAR = Pattern.compile("([a-z-]+?)(-exec)?\\.jar");
    private static final long TICKS_PER_SECOND = 100;

    record Sample(String name, long pid, double cpuSeconds, long rssKb, long peakRssKb) {
    }

    /**
     * CPU seconds and memory of each portal process now, keyed by name and pid: another portal
     * (an end-to-end test's, say) may run the same jars on the same machine.
     */
    static Map<String, Sample> sample() {
        Map<String, Sample> samples = new LinkedHashMap<>();
        try (var entries = Files.list(Path.of("/proc"))) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().matches("\\d+")).sorted().toList()) {
                String name = nameOf(entry);
                if (name != null) {
                    read(entry, name).ifPresent(sample -> samples.put(name + " (pid " + sample.pid() + ")", sample));
                }
            }
        } catch (IOException e) {
            return samples;
        }
        long self = ProcessHandle.current().pid();
        read(Path.of("/proc/" + self), "load-generator (Gatling)").ifPresent(s -> samples.put(s.name(), s));
        return samples;
    }

    private static String nameOf(Path process) {
        try {
            String commandLine = new String(Files.readAllBytes(process.resolve("cmdline"))).replace('\0', ' ');
            if (!commandLine.contains("java") || !commandLine.contains("-jar ")) {
                return null;
            }
            Matcher jar = JAR.matcher(commandLine.substring(commandLine.indexOf("-jar ")));
            if (!jar.find()) {
                return null;
            }
            String name = jar.group(1);
            return List.of("identity-service", "family-service", "registration-service", "reservation-service",
                    "billing-service", "gateway", "ops-dashboard").contains(name) ? name
                    : "launcher".equals(name) ? "launcher (Kafka, MongoDB, mail)" : null;
        } catch (IOException gone) {
            return null;
        }
    }

    private static java.util.Optional<Sample> read(Path process, String name) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            long rss = 0;
            long peak = 0;
            for (String line : Files.readAllLines(process.resolve("status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kilobytes(line);
                } else if (line.startsWith("VmHWM:")) {
                    peak = kilobytes(line);
                }
            }
            return java.util.Optional.of(new Sample(name, Long.parseLong(process.getFileName().toString()),
                    ticks / (double) TICKS_PER_SECOND, rss, peak));
        } catch (IOException | RuntimeException gone) {
            return java.util.Optional.empty();
        }
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
