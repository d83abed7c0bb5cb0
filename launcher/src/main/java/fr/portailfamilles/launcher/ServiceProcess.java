package fr.portailfamilles.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One service running as its own operating-system process, its output going to a log file. */
public final class ServiceProcess {

  /** Enough to see the exception that stopped a Spring Boot application. */
  public static final int LOG_TAIL_LINES = 40;

  private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

  private final String name;
  private final Process process;
  private final Path logFile;
  private final ReadinessProbe readiness;

  private ServiceProcess(String name, Process process, Path logFile, ReadinessProbe readiness) {
    this.name = name;
    this.process = process;
    this.logFile = logFile;
    this.readiness = readiness;
  }

  /**
   * Starts the command with the given variables added to this process's environment; stdout and
   * stderr both go to the log file, which is emptied first.
   */
  public static ServiceProcess start(String name, List<String> command, Map<String, String> environment,
      Path logFile, URI readinessUrl) throws IOException {
    Files.createDirectories(logFile.toAbsolutePath().getParent());
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(logFile.toFile());
    builder.environment().putAll(environment);
    return new ServiceProcess(name, builder.start(), logFile, new ReadinessProbe(readinessUrl));
  }

  /**
   * Polls the readiness URL until it answers 200 with status UP.
   *
   * @throws ServiceStartupException if the process exits first or the timeout passes, with its log tail
   */
  public void awaitHealthy(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    try {
      while (process.isAlive()) {
        if (readiness.isReady()) {
          return;
        }
        if (Instant.now().isAfter(deadline)) {
          throw failure(name + " was not ready after " + timeout.toSeconds() + " s (" + readiness.url() + ")");
        }
        // returns at once if the process dies, so a crash is reported without waiting for the timeout
        process.waitFor(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
      }
      throw failure(name + " exited with code " + process.exitValue() + " before it was ready");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure("Interrupted while waiting for " + name);
    }
  }

  /** Asks the process to stop (SIGTERM, so Spring shuts down gracefully), then kills it after the grace period. */
  public void stop(Duration grace) {
    process.destroy();
    try {
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  public String name() {
    return name;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public long pid() {
    return process.pid();
  }

  public long rssKilobytes() {
    return ResidentMemory.kilobytes(process.pid());
  }

  public Path logFile() {
    return logFile;
  }

  /** Completes when the process ends, whoever ended it. */
  public CompletableFuture<ServiceProcess> onExit() {
    return process.onExit().thenApply(ended -> this);
  }

  public List<String> logTail(int lines) {
    if (lines <= 0) {
      return List.of();
    }
    Deque<String> tail = new ArrayDeque<>(lines);
    // a lenient reader: a log cut in the middle of a character must still be shown
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(Files.newInputStream(logFile), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (tail.size() == lines) {
          tail.removeFirst();
        }
        tail.addLast(line);
      }
    } catch (IOException e) {
      tail.addLast("(log " + logFile + " unreadable: " + e.getMessage() + ")");
    }
    return List.copyOf(tail);
  }

  private ServiceStartupException failure(String reason) {
    return new ServiceStartupException(name, reason, logFile, logTail(LOG_TAIL_LINES));
  }
}
