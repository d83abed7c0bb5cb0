package fr.portailfamilles.launcher;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * @param backgroundNice the niceness the {@linkplain ServiceDefinition#background background services} run
 *     at (0 to 19, 0 for none): when the machine's processors are all busy, as on the morning
 *     reservations open, the processes that decide reservations, the broker and the database get
 *     them first, and the background ones catch up as soon as they are free
 */
public record StackSettings(Path repoRoot, InfrastructureSettings infrastructure, PortalServices services,
    List<String> serviceJvmOptions, Duration readinessTimeout, int backgroundNice) {

  /** Sized for a 2-core machine running seven JVMs: small stacks and heap, one GC thread, no C2 warm-up. */
  public static final String DEFAULT_SERVICE_JVM_OPTIONS = "-Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx256m";

  public static final Duration DEFAULT_READINESS_TIMEOUT = Duration.ofSeconds(120);

  /** A tenth of the weight of a process at niceness 0 in Linux's scheduler. */
  public static final int DEFAULT_BACKGROUND_NICE = 10;

  private static final String BACKGROUND_NICE = "portail.background-nice";

  /** The command that starts a process at a lower priority; absent where there is none (Windows). */
  private static final Optional<Path> NICE = onPath("nice");

  public StackSettings {
    repoRoot = repoRoot.toAbsolutePath().normalize();
    serviceJvmOptions = List.copyOf(serviceJvmOptions);
    if (backgroundNice < 0 || backgroundNice > 19) {
      throw new IllegalArgumentException(BACKGROUND_NICE + " must be between 0 and 19, not " + backgroundNice);
    }
  }

  /** Standard ports, default JVM options, data in the given directory. */
  public static StackSettings defaults(Path repoRoot, Path dataDir) {
    return new StackSettings(repoRoot, InfrastructureSettings.defaults(dataDir), PortalServices.standard(),
        splitOptions(DEFAULT_SERVICE_JVM_OPTIONS), DEFAULT_READINESS_TIMEOUT, DEFAULT_BACKGROUND_NICE);
  }

  /**
   * What the command-line launcher uses: {@code portail.root} (default: the current directory),
   * {@code portail.data} (default: {@code <root>/data}), port overrides as system properties,
   * {@code portail.background-nice}, and the {@code PORTAIL_SERVICE_JVM_OPTS} environment variable.
   */
  public static StackSettings fromEnvironment() {
    return from(System.getProperties(), System.getenv());
  }

  static StackSettings from(Properties properties, Map<String, String> environment) {
    Path root = Path.of(properties.getProperty("portail.root", ""));
    Path dataDir = Path.of(properties.getProperty("portail.data", root.resolve("data").toString()));
    String jvmOptions = environment.getOrDefault("PORTAIL_SERVICE_JVM_OPTS", DEFAULT_SERVICE_JVM_OPTIONS);
    return new StackSettings(root, InfrastructureSettings.from(dataDir.toAbsolutePath(), properties),
        PortalServices.from(properties), splitOptions(jvmOptions), DEFAULT_READINESS_TIMEOUT,
        IntegerProperty.read(properties, BACKGROUND_NICE, DEFAULT_BACKGROUND_NICE, "a niceness from 0 to 19"));
  }

  public StackSettings withInfrastructure(InfrastructureSettings newInfrastructure) {
    return new StackSettings(repoRoot, newInfrastructure, services, serviceJvmOptions, readinessTimeout,
        backgroundNice);
  }

  public StackSettings withServices(PortalServices newServices) {
    return new StackSettings(repoRoot, infrastructure, newServices, serviceJvmOptions, readinessTimeout,
        backgroundNice);
  }

  public StackSettings withServiceJvmOptions(List<String> newOptions) {
    return new StackSettings(repoRoot, infrastructure, services, newOptions, readinessTimeout, backgroundNice);
  }

  public StackSettings withReadinessTimeout(Duration newTimeout) {
    return new StackSettings(repoRoot, infrastructure, services, serviceJvmOptions, newTimeout, backgroundNice);
  }

  public StackSettings withBackgroundNice(int newNice) {
    return new StackSettings(repoRoot, infrastructure, services, serviceJvmOptions, readinessTimeout, newNice);
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

  /**
   * The same JVM that runs the launcher runs the services, so one installed Java is enough; a
   * background service's is started through {@code nice} where the system has it.
   */
  public List<String> commandFor(ServiceDefinition service) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return concat(priorityFor(service), List.of(java), serviceJvmOptions,
        List.of("-jar", service.jar(repoRoot).toString()));
  }

  /** What goes before the service's command to lower its priority: nothing for a service parents wait on. */
  List<String> priorityFor(ServiceDefinition service) {
    if (!service.background() || backgroundNice == 0) {
      return List.of();
    }
    return NICE.map(nice -> List.of(nice.toString(), "-n", String.valueOf(backgroundNice))).orElse(List.of());
  }

  private static Optional<Path> onPath(String command) {
    String path = Objects.requireNonNullElse(System.getenv("PATH"), "");
    return Arrays.stream(path.split(File.pathSeparator))
        .filter(directory -> !directory.isEmpty())
        .map(directory -> Path.of(directory, command))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static List<String> splitOptions(String options) {
    return Arrays.stream(options.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList();
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    return Arrays.stream(parts).flatMap(List::stream).toList();
  }
}
