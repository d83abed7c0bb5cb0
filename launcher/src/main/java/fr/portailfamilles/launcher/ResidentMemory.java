package fr.portailfamilles.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Resident memory (VmRSS) of processes, as Linux reports it; zero where /proc is not available. */
public final class ResidentMemory {

  private ResidentMemory() {
  }

  public static long kilobytes(long pid) {
    Path status = Path.of("/proc", String.valueOf(pid), "status");
    try (Stream<String> lines = Files.lines(status)) {
      return lines.filter(line -> line.startsWith("VmRSS:"))
          .findFirst()
          .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
          .orElse(0L);
    } catch (IOException | RuntimeException processGoneOrNotLinux) {
      return 0;
    }
  }

  /** This JVM and every process it started, directly or not. */
  public static long ofThisProcessTreeKilobytes() {
    ProcessHandle self = ProcessHandle.current();
    return Stream.concat(Stream.of(self), self.descendants())
        .mapToLong(process -> kilobytes(process.pid()))
        .sum();
  }
}
