package fr.portailfamilles.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The machine a run played on, from Linux's {@code /proc}: its processors, their model and its
 * memory; and what the processors did during the run ({@code /proc/stat}): how busy they were, and
 * how much of their time the hypervisor gave to other machines (« steal »), which no process of
 * the portal can see in its own CPU time. This is what tells two runs of the same code on
 * different days apart.
 */
final class Machine {

    private Machine() {
    }

    /** Such as « 2 cores, AMD EPYC (family 25, model 17), 23 GiB »; « ? » for what is unknown. */
    static String describe() {
        return Runtime.getRuntime().availableProcessors() + " cores, "
                + proc("cpuinfo").map(Machine::parseModel).orElse("?") + ", "
                + proc("meminfo").map(Machine::parseMemory).orElse("?");
    }

    /**
     * The processors' time counters since boot, in ticks (all processors together).
     *
     * @param busy   user, nice, system, irq and softirq time
     * @param idle   idle and iowait time
     * @param steal  time the hypervisor ran something else while this machine had work
     */
    record Ticks(long busy, long idle, long steal) {

        long total() {
            return busy + idle + steal;
        }

        /** The share of busy, idle and stolen time between {@code before} and this sample, in %. */
        String sharesSince(Ticks before) {
            long total = total() - before.total();
            if (total <= 0) {
                return "?";
            }
            return String.format(Locale.ROOT, "busy %.0f %%, idle %.0f %%, stolen by the hypervisor %.1f %%",
                    100.0 * (busy - before.busy) / total, 100.0 * (idle - before.idle) / total,
                    100.0 * (steal - before.steal) / total);
        }
    }

    /** The counters now, or empty where there is no {@code /proc/stat} (not Linux). */
    static Optional<Ticks> sample() {
        try {
            return proc("stat").map(Machine::parseStat);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** A file of {@code /proc}, or empty where it cannot be read (not Linux). */
    private static Optional<String> proc(String name) {
        Path file = Path.of("/proc", name);
        try {
            return Files.isReadable(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** The first line of {@code /proc/stat}: {@code cpu user nice system idle iowait irq softirq steal ...}. */
    static Ticks parseStat(String stat) {
        String first = stat.lines().findFirst().orElseThrow(() -> new IllegalArgumentException("empty /proc/stat"));
        String[] fields = first.trim().split("\\s+");
        if (!fields[0].equals("cpu") || fields.length < 9) {
            throw new IllegalArgumentException("not the processors' line of /proc/stat: " + first);
        }
        long[] ticks = Arrays.stream(fields, 1, 9).mapToLong(Long::parseLong).toArray();
        return new Ticks(ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6], ticks[3] + ticks[4], ticks[7]);
    }

    /** {@code /proc/meminfo}'s first line, {@code MemTotal: <kB> kB}, in whole GiB. */
    static String parseMemory(String meminfo) {
        String first = meminfo.lines().findFirst().orElse("");
        String kilobytes = first.replaceAll("[^0-9]", "");
        return first.startsWith("MemTotal:") && !kilobytes.isEmpty()
                ? Long.parseLong(kilobytes) / 1024 / 1024 + " GiB" : "?";
    }

    /** The distinct models of {@code /proc/cpuinfo}'s processors, with their family and model numbers. */
    static String parseModel(String cpuinfo) {
        Set<String> models = new LinkedHashSet<>();
        String name = null;
        String family = null;
        String model = null;
        for (String line : (cpuinfo + "\n\n").lines().toList()) {
            if (line.isBlank()) {
                if (name != null) {
                    models.add(family == null || model == null ? name
                            : "%s (family %s, model %s)".formatted(name, family, model));
                }
                name = family = model = null;
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            switch (key) {
                case "model name" -> name = value;
                case "cpu family" -> family = value;
                case "model" -> model = value;
                default -> { }
            }
        }
        return models.isEmpty() ? "?" : String.join(" + ", models);
    }
}
