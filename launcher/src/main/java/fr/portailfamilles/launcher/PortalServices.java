package fr.portailfamilles.launcher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Properties;

/** The portal's services in the order they must start: each one only needs those before it. */
public final class PortalServices {

  public static final String GATEWAY = "gateway";
  public static final String OPS_DASHBOARD = "ops-dashboard";

  /**
   * The gateway, identity (sign-in) and reservation decide and show what a parent waits for on
   * the morning reservations open; the others follow the same events in the background.
   */
  private static final List<ServiceDefinition> STANDARD = List.of(
      ServiceDefinition.withDatabase("identity-service", 8081, "portail_identity"),
      ServiceDefinition.withDatabase("family-service", 8082, "portail_family").inBackground(),
      ServiceDefinition.withDatabase("registration-service", 8083, "portail_registration").inBackground(),
      ServiceDefinition.withDatabase("reservation-service", 8084, "portail_reservation"),
      ServiceDefinition.withDatabase("billing-service", 8085, "portail_billing").inBackground(),
      ServiceDefinition.withoutDatabase(GATEWAY, 8080),
      ServiceDefinition.withoutDatabase(OPS_DASHBOARD, 8090).inBackground());

  private final List<ServiceDefinition> inStartOrder;

  private PortalServices(List<ServiceDefinition> inStartOrder) {
    this.inStartOrder = List.copyOf(inStartOrder);
  }

  /** Gateway on 8080, services on 8081 to 8085. */
  public static PortalServices standard() {
    return new PortalServices(STANDARD);
  }

  /** The standard ports, each overridable with {@code portail.port.<service name>}. */
  public static PortalServices from(Properties overrides) {
    return new PortalServices(STANDARD.stream()
        .map(service -> service.withPort(Ports.fromProperty(overrides, "portail.port." + service.name(), service.port())))
        .toList());
  }

  /** Free ports, for tests that must not clash with a portal already running on this machine. */
  public static PortalServices onFreePorts() {
    int[] ports = Ports.free(STANDARD.size());
    return new PortalServices(STANDARD.stream()
        .map(service -> service.withPort(ports[STANDARD.indexOf(service)]))
        .toList());
  }

  public List<ServiceDefinition> inStartOrder() {
    return inStartOrder;
  }

  public ServiceDefinition named(String name) {
    return inStartOrder.stream()
        .filter(service -> service.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("No service named " + name + "; known: "
            + inStartOrder.stream().map(ServiceDefinition::name).toList()));
  }

  public ServiceDefinition gateway() {
    return named(GATEWAY);
  }

  /** What a service reads from its environment; the service's own {@code application.yml} names them. */
  public Map<String, String> environmentFor(ServiceDefinition service, InfrastructureSettings infrastructure) {
    Map<String, String> environment = new HashMap<>();
    environment.put("SERVER_PORT", String.valueOf(service.port()));
    environment.put("SPRING_PROFILES_ACTIVE", "demo");
    environment.put("KAFKA_BOOTSTRAP", infrastructure.kafkaBootstrap());
    environment.put("SMTP_HOST", infrastructure.smtpHost());
    environment.put("SMTP_PORT", String.valueOf(infrastructure.smtpPort()));
    environment.put("MAIL_VIEWER_URL", infrastructure.mailViewerUrl());
    // the address parents type: issuer of the tokens and base of the links in e-mails
    environment.put("PORTAL_PUBLIC_URL", gateway().baseUrl().toString().replaceAll("/$", ""));
    service.database().ifPresent(database -> environment.put("MONGODB_URI", infrastructure.mongoUri(database)));
    // the gateway routes to every service, the operations dashboard watches every application,
    // and every service fetches the identity service's keys to validate tokens
    inStartOrder.stream()
        .filter(other -> !other.name().equals(service.name()))
        .forEach(other -> environment.put(other.urlVariable(), other.baseUrl().toString()));
    return environment;
  }
}
