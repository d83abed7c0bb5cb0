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
 * What the machine's processors did during a run, from Linux's {@code /proc/stat}: how busy they
 * were, and how much of their time the hypervisor gave to other machines (« steal »), which no
 * process of the portal can see in its own CPU time. With the processor's model (from
 * {@code /proc/cpuinfo}), this is what tells two runs of the same code on different days apart.
 */
final class MachineTime {

    private MachineTime() {
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
        Path stat = Path.of("/proc/stat");
        if (!Files.isReadable(stat)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parseStat(Files.readString(stat)));
        } catch (IOException | RuntimeException unreadable) {
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

    /** The processors' model, e.g. « AMD EPYC (family 25, model 17) », or « ? » where unknown. */
    static String processorModel() {
        try {
            Path cpuinfo = Path.of("/proc/cpuinfo");
            return Files.isReadable(cpuinfo) ? parseModel(Files.readString(cpuinfo)) : "?";
        } catch (IOException unreadable) {
            return "?";
        }
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
