package fr.portailfamilles.launcher;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/** A single-node Kafka in KRaft mode (broker and controller in one), run with Kafka's own server classes. */
final class KafkaBroker implements AutoCloseable {

  private static final int NODE_ID = 1;
  private static final String CONTROLLER_LISTENER = "CONTROLLER";

  private final Path logDir;
  private final int port;
  private final int controllerPort;
  private KafkaRaftServer server;

  KafkaBroker(Path logDir, int port, int controllerPort) {
    this.logDir = logDir;
    this.port = port;
    this.controllerPort = controllerPort;
  }

  void start() throws Exception {
    KafkaConfig config = KafkaConfig.fromProps(properties(), false);
    formatOnFirstStart();
    server = new KafkaRaftServer(config, Time.SYSTEM);
    server.startup();
  }

  private Properties properties() {
    Properties properties = new Properties();
    properties.put("process.roles", "broker,controller");
    properties.put("node.id", String.valueOf(NODE_ID));
    properties.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
    properties.put("listeners", "PLAINTEXT://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
    properties.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
    properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
    properties.put("controller.listener.names", CONTROLLER_LISTENER);
    properties.put("inter.broker.listener.name", "PLAINTEXT");
    properties.put("log.dirs", logDir.toString());
    properties.putAll(singleNodeDurability());
    properties.put("num.partitions", "4");
    properties.put("auto.create.topics.enable", "true");
    // nobody else is going to join the consumer group: do not wait 3 s for them
    properties.put("group.initial.rebalance.delay.ms", "0");
    properties.putAll(smallMachineSizing());
    return properties;
  }

  /** Internal topics default to 3 replicas, which a single node can never provide. */
  private static Properties singleNodeDurability() {
    Properties properties = new Properties();
    properties.put("offsets.topic.replication.factor", "1");
    properties.put("transaction.state.log.replication.factor", "1");
    properties.put("transaction.state.log.min.isr", "1");
    properties.put("share.coordinator.state.topic.replication.factor", "1");
    properties.put("share.coordinator.state.topic.min.isr", "1");
    properties.put("min.insync.replicas", "1");
    return properties;
  }

  /** The defaults are sized for a server; a laptop running seven JVMs needs less. */
  private static Properties smallMachineSizing() {
    Properties properties = new Properties();
    properties.put("num.network.threads", "2");
    properties.put("num.io.threads", "2");
    properties.put("background.threads", "2");
    // the compaction buffer is 128 MB of heap by default; the portal's offsets fit in far less
    properties.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
    return properties;
  }

  /** Formatting an already formatted directory fails, and would lose the cluster id and its topics. */
  private void formatOnFirstStart() throws Exception {
    if (Files.exists(logDir.resolve("meta.properties"))) {
      return;
    }
    Files.createDirectories(logDir);
    new Formatter()
        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
        .setNodeId(NODE_ID)
        .setClusterId(Uuid.randomUuid().toString())
        .setControllerListenerName(CONTROLLER_LISTENER)
        .setMetadataLogDirectory(logDir.toString())
        .addDirectory(logDir.toString())
        .run();
  }

  @Override
  public void close() {
    if (server == null) {
      return;
    }
    server.shutdown();
    server.awaitShutdown();
    server = null;
  }
}
