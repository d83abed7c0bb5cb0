package fr.portailfamilles.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One portal service as the launcher runs it: the Maven module of the same name, built to
 * {@code <name>/target/<name>.jar}.
 *
 * @param name the module and service name, such as {@code identity-service}
 * @param port the HTTP port it listens on
 * @param database the MongoDB database it owns, empty for the gateway
 * @param background true for a service no parent waits on when reservations open (it keeps files,
 *     registrations, invoices and dashboards up to date): on one machine it yields the processor
 *     to the services that decide and show the reservations (see {@link StackSettings#backgroundNice})
 */
public record ServiceDefinition(String name, int port, Optional<String> database, boolean background) {

  public static ServiceDefinition withDatabase(String name, int port, String database) {
    return new ServiceDefinition(name, port, Optional.of(database), false);
  }

  public static ServiceDefinition withoutDatabase(String name, int port) {
    return new ServiceDefinition(name, port, Optional.empty(), false);
  }

  public ServiceDefinition withPort(int newPort) {
    return new ServiceDefinition(name, newPort, database, background);
  }

  public ServiceDefinition inBackground() {
    return new ServiceDefinition(name, port, database, true);
  }

  public Path jar(Path repoRoot) {
    return repoRoot.resolve(name).resolve("target").resolve(name + ".jar");
  }

  public URI baseUrl() {
    return URI.create("http://localhost:" + port);
  }

  public URI readinessUrl() {
    return URI.create(baseUrl() + "/actuator/health/readiness");
  }

  /** The gateway finds each service through a variable such as {@code IDENTITY_URL}. */
  String urlVariable() {
    return name.replace("-service", "").toUpperCase().replace('-', '_') + "_URL";
  }
}
