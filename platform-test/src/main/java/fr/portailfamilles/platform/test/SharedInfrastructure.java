package fr.portailfamilles.platform.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.apache.kafka.common.utils.Exit;
import org.springframework.boot.SpringApplication;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One Kafka broker (KRaft) and one MongoDB wire-protocol server for the whole test JVM, started
 * on first use and stopped when the JVM exits: Spring contexts come and go, the broker stays.
 *
 * <p>At exit the broker stops, and its directories go, only after Spring Boot has closed every
 * context: a context's consumers commit what they applied as they stop, and with the broker gone
 * each of those commits waited for its timeout (surefire killed test JVMs 30 s after their exit).
 * Kafka's test kit deletes its directories in shutdown hooks of its own, which would run alongside
 * Spring's: they are handed to Spring Boot's shutdown handlers instead.
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
        Exit.setShutdownHookAdder((name, hook) -> SpringApplication.getShutdownHandlers().add(hook));
        try {
            kafka.afterPropertiesSet();
        } finally {
            Exit.resetShutdownHookAdder();
        }
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        InetSocketAddress address = mongo.getLocalAddress();
        mongoAddress = "127.0.0.1:" + address.getPort();
        tokens = new TestTokens();
        // Spring Boot runs its handlers last added first: this stop, then the directories' deletion
        SpringApplication.getShutdownHandlers().add(this::stop);
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
