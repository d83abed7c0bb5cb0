package fr.portailfamilles.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Everything the embedded stack needs to know: where the jars are, where data goes, the ports, and
 * how to run each service's JVM.
 *
 * @param repoRoot the checkout holding {@code <service>/target/<service>.jar}
 * @param infrastructure ports and data directory of Kafka, MongoDB and the mail catcher
 * @param services the services and their ports, in start order
 * @param serviceJvmOptions options put before {@code -jar} for every service
 * @param readinessTimeout how long one service may take to become ready
 */
public record StackSettings(Path repoRoot, InfrastructureSettings infrastructure, PortalServices services,
    List<String> serviceJvmOptions, Duration readinessTimeout) {

  /** Sized for a 2-core machine running seven JVMs: small stacks and heap, one GC thread, no C2 warm-up. */
  public static final String DEFAULT_SERVICE_JVM_OPTIONS = "-Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx256m";

  public static final Duration DEFAULT_READINESS_TIMEOUT = Duration.ofSeconds(120);

  public StackSettings {
    repoRoot = repoRoot.toAbsolutePath().normalize();
    serviceJvmOptions = List.copyOf(serviceJvmOptions);
  }

  /** Standard ports, default JVM options, data in the given directory. */
  public static StackSettings defaults(Path repoRoot, Path dataDir) {
    return new StackSettings(repoRoot, InfrastructureSettings.defaults(dataDir), PortalServices.standard(),
        splitOptions(DEFAULT_SERVICE_JVM_OPTIONS), DEFAULT_READINESS_TIMEOUT);
  }

  /**
   * What the command-line launcher uses: {@code portail.root} (default: the current directory),
   * {@code portail.data} (default: {@code <root>/data}), port overrides as system properties, and the
   * {@code PORTAIL_SERVICE_JVM_OPTS} environment variable.
   */
  public static StackSettings fromEnvironment() {
    return from(System.getProperties(), System.getenv());
  }

  static StackSettings from(Properties properties, Map<String, String> environment) {
    Path root = Path.of(properties.getProperty("portail.root", ""));
    Path dataDir = Path.of(properties.getProperty("portail.data", root.resolve("data").toString()));
    String jvmOptions = environment.getOrDefault("PORTAIL_SERVICE_JVM_OPTS", DEFAULT_SERVICE_JVM_OPTIONS);
    return new StackSettings(root, InfrastructureSettings.from(dataDir.toAbsolutePath(), properties),
        PortalServices.from(properties), splitOptions(jvmOptions), DEFAULT_READINESS_TIMEOUT);
  }

  public StackSettings withInfrastructure(InfrastructureSettings newInfrastructure) {
    return new StackSettings(repoRoot, newInfrastructure, services, serviceJvmOptions, readinessTimeout);
  }

  public StackSettings withServices(PortalServices newServices) {
    return new StackSettings(repoRoot, infrastructure, newServices, serviceJvmOptions, readinessTimeout);
  }

  public StackSettings withServiceJvmOptions(List<String> newOptions) {
    return new StackSettings(repoRoot, infrastructure, services, newOptions, readinessTimeout);
  }

  public StackSettings withReadinessTimeout(Duration newTimeout) {
    return new StackSettings(repoRoot, infrastructure, services, serviceJvmOptions, newTimeout);
  }

  public Path dataDir() {
    return infrastructure.dataDir();
  }

  public Path logFile(ServiceDefinition service) {
    return infrastructure.logDir().resolve(service.name() + ".log");
  }

  /** Jars not built yet, relative to the repository root. */
  public List<String> missingJars() {
    return services.inStartOrder().stream()
        .map(service -> service.jar(repoRoot))
        .filter(jar -> !Files.isRegularFile(jar))
        .map(jar -> repoRoot.relativize(jar).toString())
        .toList();
  }

  /** The same JVM that runs the launcher runs the services, so one installed Java is enough. */
  public List<String> commandFor(ServiceDefinition service) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return concat(List.of(java), serviceJvmOptions, List.of("-jar", service.jar(repoRoot).toString()));
  }

  private static List<String> splitOptions(String options) {
    return Arrays.stream(options.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList();
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    return Arrays.stream(parts).flatMap(List::stream).toList();
  }
}
