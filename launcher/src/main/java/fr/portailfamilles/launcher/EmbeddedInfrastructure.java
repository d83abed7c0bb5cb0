package fr.portailfamilles.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka, MongoDB and SMTP for the portal, all inside this JVM, with Kafka and MongoDB data kept in
 * the data directory between starts.
 */
public final class EmbeddedInfrastructure implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedInfrastructure.class);

  private final InfrastructureSettings settings;
  private final KafkaBroker kafka;
  private final MongoWireServer mongo;
  private final MailCatcher mail;

  public EmbeddedInfrastructure(InfrastructureSettings settings) {
    this.settings = settings;
    this.kafka = new KafkaBroker(settings.kafkaLogDir(), settings.kafkaPort(), settings.kafkaControllerPort());
    this.mongo = new MongoWireServer(settings.mongoFile(), settings.mongoPort());
    this.mail = new MailCatcher(settings.smtpPort(), settings.mailApiPort(), settings.mailsKept());
  }

  /**
   * Starts Kafka, then MongoDB, then the mail catcher; if one fails, those already started are closed.
   *
   * @return this, to chain with the constructor
   * @throws IllegalStateException when a port is taken (nothing is started then) or a server cannot start
   */
  public synchronized EmbeddedInfrastructure start() {
    requireFreePorts();
    try {
      LOG.info("Starting Kafka on {} (data in {})", settings.kafkaBootstrap(), settings.kafkaLogDir());
      kafka.start();
      LOG.info("Starting MongoDB wire server on localhost:{} (data in {})", settings.mongoPort(), settings.mongoFile());
      mongo.start();
      LOG.info("Starting SMTP catcher on localhost:{}, the latest {} mails shown on {}", settings.smtpPort(),
          settings.mailsKept(), settings.mailViewerUrl());
      mail.start();
      return this;
    } catch (Exception e) {
      close();
      throw new IllegalStateException("Embedded infrastructure could not start: " + e.getMessage(), e);
    }
  }

  private void requireFreePorts() {
    Ports.requireFree("Kafka", settings.kafkaPort());
    Ports.requireFree("the Kafka controller", settings.kafkaControllerPort());
    Ports.requireFree("MongoDB", settings.mongoPort());
    Ports.requireFree("SMTP", settings.smtpPort());
    Ports.requireFree("the mail viewer", settings.mailApiPort());
  }

  public InfrastructureSettings settings() {
    return settings;
  }

  /** Stops Kafka, then MongoDB, then the mail catcher. Safe to call more than once. */
  @Override
  public synchronized void close() {
    LOG.info("Stopping Kafka, MongoDB and the SMTP catcher");
    closeQuietly("Kafka", kafka);
    closeQuietly("MongoDB", mongo);
    closeQuietly("SMTP catcher", mail);
  }

  /** One server failing to stop must not keep the others running. */
  private static void closeQuietly(String name, AutoCloseable server) {
    try {
      server.close();
    } catch (Exception e) {
      LOG.warn("{} did not stop cleanly: {}", name, e.toString());
    }
  }
}
