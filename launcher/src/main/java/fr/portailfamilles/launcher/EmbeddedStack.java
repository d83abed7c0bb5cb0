package fr.portailfamilles.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole portal on this machine: the embedded infrastructure, then every service as a process,
 * each waited for until ready. Closing it stops the services in reverse order, then the infrastructure.
 */
public final class EmbeddedStack implements AutoCloseable {

  /** Spring Boot's graceful shutdown gets this long before the process is killed. */
  public static final Duration STOP_GRACE = Duration.ofSeconds(15);

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStack.class);

  private final StackSettings settings;
  private final EmbeddedInfrastructure infrastructure;
  private final Map<String, ServiceProcess> running = new ConcurrentHashMap<>();
  private volatile boolean started;
  private volatile boolean closed;

  public EmbeddedStack(StackSettings settings) {
    this.settings = settings;
    this.infrastructure = new EmbeddedInfrastructure(settings.infrastructure());
  }

  /**
   * Checks that every jar is built and every port free, starts the infrastructure, then each service
   * in order.
   *
   * @return this, to chain with the constructor
   * @throws IllegalStateException if a jar is missing or a port taken (nothing is started then), or the
   *     infrastructure fails
   * @throws ServiceStartupException if a service dies or is not ready in time; the caller should {@link #close()}
   */
  public EmbeddedStack start() {
    List<String> missing = settings.missingJars();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("Missing service jars " + missing + " under " + settings.repoRoot()
          + ". Build first: ./mvnw -B -DskipTests package (or run ./start-portal.sh, which builds them).");
    }
    settings.services().inStartOrder().forEach(service -> Ports.requireFree(service.name(), service.port()));
    markStarted();
    infrastructure.start();
    settings.services().inStartOrder().forEach(this::startService);
    return this;
  }

  /** Stops one service, for instance to see how the others cope without it. */
  public void stop(String serviceName) {
    settings.services().named(serviceName); // a typo must fail, not pass for an already stopped service
    Optional.ofNullable(running.remove(serviceName)).ifPresent(this::stopQuietly);
  }

  /** Stops the service if it runs, starts it again and waits until it is ready. */
  public void restart(String serviceName) {
    stop(serviceName);
    startService(settings.services().named(serviceName));
  }

  /** The running process of a service, or empty if it is stopped or not started yet. */
  public Optional<ServiceProcess> service(String serviceName) {
    return Optional.ofNullable(running.get(serviceName));
  }

  public StackSettings settings() {
    return settings;
  }

  public EmbeddedInfrastructure infrastructure() {
    return infrastructure;
  }

  /** Where people and tests reach the portal. */
  public URI gatewayUrl() {
    return settings.services().gateway().baseUrl();
  }

  /** Resident memory of this JVM (with the infrastructure in it) plus every service process. */
  public long totalRssKilobytes() {
    return ResidentMemory.ofThisProcessTreeKilobytes();
  }

  /** Stops the services in reverse start order, then the infrastructure. Safe to call more than once. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      if (!started) {
        return;
      }
    }
    LOG.info("Stopping Portail Familles");
    List<ServiceDefinition> reverse = new ArrayList<>(settings.services().inStartOrder());
    Collections.reverse(reverse);
    reverse.forEach(service -> Optional.ofNullable(running.remove(service.name())).ifPresent(this::stopQuietly));
    infrastructure.close();
    LOG.info("Portail Familles stopped");
  }

  private void startService(ServiceDefinition service) {
    ServiceProcess process = launch(service);
    process.awaitHealthy(settings.readinessTimeout());
    LOG.info("{} is ready on {} (pid {})", service.name(), service.baseUrl(), process.pid());
  }

  /** Launching and registering happen under the lock so a concurrent close cannot miss a new process. */
  private synchronized ServiceProcess launch(ServiceDefinition service) {
    if (closed) {
      throw new IllegalStateException("The stack is closed; " + service.name() + " was not started");
    }
    Ports.requireFree(service.name(), service.port());
    String priority = settings.priorityFor(service).isEmpty() ? ""
        : ", in the background (nice " + settings.backgroundNice() + ")";
    LOG.info("Starting {} on port {}{} (log: {})", service.name(), service.port(), priority, settings.logFile(service));
    try {
      ServiceProcess process = ServiceProcess.start(service.name(), settings.commandFor(service),
          settings.services().environmentFor(service, settings.infrastructure()),
          settings.logFile(service), service.readinessUrl());
      running.put(service.name(), process);
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + service.name(), e);
    }
  }

  /** From here on, close() has something to stop; a stack closed meanwhile must not start at all. */
  private synchronized void markStarted() {
    if (closed) {
      throw new IllegalStateException("The stack is closed");
    }
    started = true;
  }

  private void stopQuietly(ServiceProcess process) {
    if (process.isAlive()) {
      LOG.info("Stopping {} (pid {})", process.name(), process.pid());
    }
    process.stop(STOP_GRACE);
  }
}
