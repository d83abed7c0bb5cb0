package fr.portailfamilles.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/** Command-line entry point: starts the whole portal and keeps it up until Ctrl-C. */
public final class PortalLauncher {

  private PortalLauncher() {
  }

  public static void main(String[] args) throws InterruptedException {
    Instant begin = Instant.now();
    StackSettings settings = StackSettings.fromEnvironment();
    EmbeddedStack stack = new EmbeddedStack(settings);
    AtomicBoolean stopping = new AtomicBoolean();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stopping.set(true);
      stack.close();
    }, "portal-shutdown"));

    try {
      stack.start();
    } catch (RuntimeException e) {
      if (stopping.get()) {
        return; // Ctrl-C during start-up: the failure is only the consequence
      }
      System.err.println("Portail Familles could not start: " + e.getMessage());
      System.exit(1); // the shutdown hook stops whatever did start
    }

    System.out.println(ReadyBanner.render(settings, Duration.between(begin, Instant.now()), stack.totalRssKilobytes()));
    reportUnexpectedExits(stack, stopping);
    Thread.currentThread().join(); // Kafka, MongoDB and the mail catcher run on their own threads until Ctrl-C
  }

  /** A service that crashes after start-up is not restarted, but the operator must hear of it. */
  private static void reportUnexpectedExits(EmbeddedStack stack, AtomicBoolean stopping) {
    stack.settings().services().inStartOrder().forEach(service -> stack.service(service.name())
        .ifPresent(process -> process.onExit().thenAccept(ended -> {
          if (!stopping.get()) {
            System.err.println(ended.name() + " stopped unexpectedly; see " + ended.logFile());
          }
        })));
  }
}
