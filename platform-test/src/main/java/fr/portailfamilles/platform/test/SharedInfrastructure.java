package fr.portailfamilles.platform.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One Kafka broker (KRaft) and one MongoDB wire-protocol server for the whole test JVM, started
 * on first use and stopped when the JVM exits: Spring contexts come and go, the broker stays.
 */
public final class SharedInfrastructure {

    private static SharedInfrastructure instance;

    private final EmbeddedKafkaKraftBroker kafka;
    private final MongoServer mongo;
    private final String mongoAddress;
    private final TestTokens tokens;

    private SharedInfrastructure() {
        kafka = new EmbeddedKafkaKraftBroker(1, 4);
        kafka.brokerProperty("auto.create.topics.enable", "true");
        kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
        kafka.afterPropertiesSet();
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        InetSocketAddress address = mongo.getLocalAddress();
        mongoAddress = "127.0.0.1:" + address.getPort();
        tokens = new TestTokens();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "shared-infrastructure-stop"));
    }

    public static synchronized SharedInfrastructure get() {
        if (instance == null) {
            instance = new SharedInfrastructure();
        }
        return instance;
    }

    public String kafkaBootstrap() {
        return kafka.getBrokersAsString();
    }

    /** Signs access tokens as the identity service would, for the shared test issuer. */
    public TestTokens tokens() {
        return tokens;
    }

    public EmbeddedKafkaKraftBroker kafka() {
        return kafka;
    }

    /** A connection string to a database of its own on the shared server. */
    public String mongoUri(String database) {
        return "mongodb://" + mongoAddress + "/" + database;
    }

    private void stop() {
        tokens.stop();
        mongo.shutdownNow();
        kafka.destroy();
    }
}
