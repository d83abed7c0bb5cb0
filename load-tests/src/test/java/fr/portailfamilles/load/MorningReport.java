package fr.portailfamilles.load;

import fr.portailfamilles.load.OpeningMorningSetup.Prepared;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * The figures of a run, printed and written to {@code <workDir>/<run>/results.md} (with a line
 * appended to {@code <workDir>/results.tsv} to compare sizes): families, cells, throughput, the
 * distribution of « Valider » to decision visible, each process's CPU and memory, and the MongoDB
 * commands the services sent.
 */
final class MorningReport {

    /** The most frequent kinds of MongoDB command listed; the rest are a few dozen at most. */
    private static final int COMMAND_ROWS = 12;

    private final OpeningMorningSettings settings;
    private final Prepared prepared;
    private final DecisionStreams streams;
    private final Invariants invariants;
    private final AtomicLong requestedCells;
    private final AtomicLong failedValider;
    private final DatabaseCommands databaseCommands;
    private Map<String, PortalProcesses.Sample> before;
    private Map<String, DatabaseCommands.Tally> commandsBefore;
    private Optional<Machine.Ticks> machineBefore;
    private long startedNanos;
    private volatile List<String> broken;

    MorningReport(OpeningMorningSettings settings, Prepared prepared, DecisionStreams streams, Invariants invariants,
            AtomicLong requestedCells, AtomicLong failedValider) {
        this.settings = settings;
        this.prepared = prepared;
        this.streams = streams;
        this.invariants = invariants;
        this.requestedCells = requestedCells;
        this.failedValider = failedValider;
        this.databaseCommands = new DatabaseCommands(settings.metricsUrls());
    }

    void started() {
        before = PortalProcesses.sample();
        commandsBefore = databaseCommands.sample();
        machineBefore = Machine.sample();
        startedNanos = System.nanoTime();
    }

    void invariants(List<String> violations) {
        broken = violations;
    }

    void finished() {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        Map<String, PortalProcesses.Sample> after = PortalProcesses.sample();
        List<DatabaseCommands.Tally> commands = DatabaseCommands.between(commandsBefore, databaseCommands.sample());
        Histogram latency = streams.latencyMicros.getIntervalHistogram();
        StringBuilder text = new StringBuilder();
        text.append("# Opening morning — run ").append(prepared.runTag()).append("\n\n");
        text.append("- date: ").append(LocalDateTime.now().withNano(0)).append('\n');
        text.append("- machine: ").append(Machine.describe()).append(", everything on one box\n");
        Optional<Machine.Ticks> machineAfter = Machine.sample();
        if (machineBefore.isPresent() && machineAfter.isPresent()) {
            text.append("- processors during the run: ").append(machineAfter.get().sharesSince(machineBefore.get()))
                    .append('\n');
        }
        text.append("- families: ").append(prepared.participants().size()).append(", arriving over ")
                .append(settings.ramp().toSeconds()).append(" s; capacity ").append(prepared.capacity())
                .append(" per slot; activity ").append(prepared.activityId()).append('\n');
        text.append("- cells requested: ").append(requestedCells.get()).append(", decisions received on open grids: ")
                .append(streams.decisions.get()).append(" (incl. cancellations), promotions: ")
                .append(streams.promotions.get()).append('\n');
        text.append("- throughput: %.0f decisions/s (first « Valider » to last decision); run %.0f s%n"
                .formatted(streams.decisionsPerSecond(), seconds));
        text.append("- « Valider » → decision visible on the open grid (ms): p50 %s, p95 %s, p99 %s, max %s (%d decisions)%n"
                .formatted(ms(latency, 50), ms(latency, 95), ms(latency, 99), ms(latency.getMaxValue()),
                        latency.getTotalCount()));
        if (failedValider.get() > 0) {
            text.append("- « Valider » without its 202 answer: ").append(failedValider.get())
                    .append(" (the run fails; the cells the portal may still have taken are not counted above,")
                    .append(" so slot totals can exceed the requests counted)\n");
        }
        text.append("- invariants: ").append(broken == null ? "not checked (the run stopped early)"
                : broken.isEmpty() ? "all hold" : "BROKEN: " + String.join("; ", broken)).append('\n');
        text.append("- gateway HTTP latency and errors: the Gatling report (target/gatling/)\n\n");
        text.append("| process | CPU during the run (s) | CPU share of one core | RSS now (MB) | peak RSS (MB) |\n");
        text.append("|---|---:|---:|---:|---:|\n");
        after.forEach((name, sample) -> {
            PortalProcesses.Sample start = before.get(name);
            if (start == null) {
                return; // started during the run: not one of the portal's processes under test
            }
            double cpu = sample.cpuSeconds() - start.cpuSeconds();
            text.append("| %s | %.1f | %.0f %% | %d | %d |%n".formatted(name, cpu, 100 * cpu / seconds,
                    sample.rssKb() / 1024, sample.peakRssKb() / 1024));
        });
        appendCommands(text, commands);
        System.out.println();
        System.out.println(text);
        write(text.toString(), latency);
    }

    /** The MongoDB commands of the run, the most frequent first, with their mean time as the services saw it. */
    private static void appendCommands(StringBuilder text, List<DatabaseCommands.Tally> commands) {
        if (commands.isEmpty()) {
            text.append("\nMongoDB commands: not measured (no service metrics read, see -Dbench.metricsUrls)\n");
            return;
        }
        double total = commands.stream().mapToDouble(DatabaseCommands.Tally::count).sum();
        text.append("\nMongoDB commands during the run: %.0f".formatted(total))
                .append(" (the services' driver timers; the mean includes the wait)\n\n");
        text.append("| service | collection | command | commands | mean (ms) |\n|---|---|---|---:|---:|\n");
        commands.stream().limit(COMMAND_ROWS).forEach(tally -> text.append("| %s | %s | %s | %.0f | %.1f |%n".formatted(
                tally.service(), tally.collection(), tally.command(), tally.count(),
                1000 * tally.seconds() / tally.count())));
    }

    private void write(String text, Histogram latency) {
        try {
            Path run = settings.workDir().resolve(prepared.runTag());
            Files.createDirectories(run);
            Files.writeString(run.resolve("results.md"), text, StandardCharsets.UTF_8);
            try (var out = new java.io.PrintStream(Files.newOutputStream(run.resolve("latency-distribution.txt")),
                    true, StandardCharsets.UTF_8)) {
                latency.outputPercentileDistribution(out, 1000.0);
            }
            Path table = settings.workDir().resolve("results.tsv");
            if (!Files.exists(table)) {
                Files.writeString(table, "run\tfamilies\tcells\tdecisions_per_s\tp50_ms\tp95_ms\tp99_ms\tmax_ms\tinvariants\n");
            }
            Files.writeString(table, String.join("\t", prepared.runTag(), String.valueOf(prepared.participants().size()),
                    String.valueOf(requestedCells.get()), "%.0f".formatted(streams.decisionsPerSecond()),
                    ms(latency, 50), ms(latency, 95), ms(latency, 99), ms(latency.getMaxValue()),
                    broken == null ? "unchecked" : broken.isEmpty() ? "hold" : "broken") + "\n",
                    StandardOpenOption.APPEND);
            System.out.println("Results written to " + run.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ms(Histogram histogram, double percentile) {
        return ms(histogram.getValueAtPercentile(percentile));
    }

    private static String ms(long micros) {
        return "%.0f".formatted(micros / 1000.0);
    }
}
