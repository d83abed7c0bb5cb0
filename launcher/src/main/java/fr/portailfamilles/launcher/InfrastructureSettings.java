package fr.portailfamilles.launcher;

import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the embedded Kafka, MongoDB and SMTP servers listen and keep their data, and how many mails
 * the SMTP catcher keeps.
 *
 * @param dataDir root of the data kept between starts ({@code kafka/}, {@code mongo/}, {@code logs/})
 * @param kafkaPort the broker's client port (PLAINTEXT listener)
 * @param kafkaControllerPort the KRaft controller port
 * @param mongoPort the MongoDB wire-protocol port
 * @param smtpPort the SMTP port services send mail to
 * @param mailApiPort the port of the mail catcher's REST API and web view
 * @param mailsKept how many of the latest mails the catcher keeps (it drops the oldest beyond)
 */
public record InfrastructureSettings(Path dataDir, int kafkaPort, int kafkaControllerPort,
    int mongoPort, int smtpPort, int mailApiPort, int mailsKept) {

  /** Enough for a demo and for a benchmark that reads each account mail soon after it is sent. */
  public static final int DEFAULT_MAILS_KEPT = 2_000;

  public InfrastructureSettings {
    if (mailsKept < 1) {
      throw new IllegalArgumentException("the mail catcher must keep at least one mail, not " + mailsKept);
    }
  }

  /** The well-known ports the services' local defaults expect. */
  public static InfrastructureSettings defaults(Path dataDir) {
    return new InfrastructureSettings(dataDir, 9092, 9093, 27017, 3025, 8025, DEFAULT_MAILS_KEPT);
  }

  /**
   * The defaults, each overridable: {@code portail.kafka.port}, {@code portail.kafka.controller.port},
   * {@code portail.mongo.port}, {@code portail.smtp.port}, {@code portail.mail.port},
   * {@code portail.mail.kept}.
   */
  public static InfrastructureSettings from(Path dataDir, Properties overrides) {
    InfrastructureSettings defaults = defaults(dataDir);
    return new InfrastructureSettings(dataDir,
        Ports.fromProperty(overrides, "portail.kafka.port", defaults.kafkaPort()),
        Ports.fromProperty(overrides, "portail.kafka.controller.port", defaults.kafkaControllerPort()),
        Ports.fromProperty(overrides, "portail.mongo.port", defaults.mongoPort()),
        Ports.fromProperty(overrides, "portail.smtp.port", defaults.smtpPort()),
        Ports.fromProperty(overrides, "portail.mail.port", defaults.mailApiPort()),
        IntegerProperty.read(overrides, "portail.mail.kept", defaults.mailsKept(), "a number of mails"));
  }

  /** Free ports, for tests that must not clash with a portal already running on this machine. */
  public static InfrastructureSettings onFreePorts(Path dataDir) {
    int[] ports = Ports.free(5);
    return new InfrastructureSettings(dataDir, ports[0], ports[1], ports[2], ports[3], ports[4], DEFAULT_MAILS_KEPT);
  }

  public String kafkaBootstrap() {
    return "localhost:" + kafkaPort;
  }

  public String mongoUri(String database) {
    return "mongodb://localhost:" + mongoPort + "/" + database;
  }

  public String smtpHost() {
    return "localhost";
  }

  /** The mail catcher's home page: an OpenAPI UI over its REST API. */
  public String mailViewerUrl() {
    return "http://localhost:" + mailApiPort;
  }

  /** The JSON list of the mails received by one address. */
  public String mailboxUrl(String email) {
    return mailViewerUrl() + "/api/user/" + email + "/messages";
  }

  public Path kafkaLogDir() {
    return dataDir.resolve("kafka");
  }

  public Path mongoFile() {
    return dataDir.resolve("mongo").resolve("portail.mv");
  }

  public Path logDir() {
    return dataDir.resolve("logs");
  }
}
