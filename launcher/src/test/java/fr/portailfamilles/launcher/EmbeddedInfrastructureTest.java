package fr.portailfamilles.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfrastructureTest {

  private static final String TOPIC = "launcher.check.v1";

  @TempDir
  Path dataDir;

  @Test
  void servesKafkaMongoAndMailThenKeepsDataAcrossRestart() throws Exception {
    InfrastructureSettings settings = InfrastructureSettings.onFreePorts(dataDir);
    String clusterIdAtFirstStart;

    try (EmbeddedInfrastructure infrastructure = new EmbeddedInfrastructure(settings).start()) {
      createTopic(settings);
      produce(settings, "family-42", "{\"registered\":true}");
      assertThat(consumeAll(settings)).containsExactly("family-42={\"registered\":true}");

      insertFamily(settings, "Martin");
      assertThat(familyNames(settings)).containsExactly("Martin");

      GreenMailUtil.sendTextEmail("claire.martin@example.fr", "noreply@portail.fr", "Inscription reçue",
          "Bonjour", new ServerSetup(settings.smtpPort(), "localhost", ServerSetup.PROTOCOL_SMTP));
      assertThat(mailbox(settings, "claire.martin@example.fr")).contains("Inscription reçue");

      clusterIdAtFirstStart = clusterId(settings);
    }

    try (EmbeddedInfrastructure restarted = new EmbeddedInfrastructure(settings).start()) {
      assertThat(clusterId(settings)).as("the log directory is not formatted again").isEqualTo(clusterIdAtFirstStart);
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", settings.kafkaBootstrap()))) {
        assertThat(admin.listTopics().names().get()).contains(TOPIC);
      }
      assertThat(consumeAll(settings)).containsExactly("family-42={\"registered\":true}");
      assertThat(familyNames(settings)).containsExactly("Martin");
    }
  }

  private static void createTopic(InfrastructureSettings settings) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", settings.kafkaBootstrap()))) {
      admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
    }
  }

  private static void produce(InfrastructureSettings settings, String key, String value) throws Exception {
    Map<String, Object> config = Map.of("bootstrap.servers", settings.kafkaBootstrap(),
        "key.serializer", StringSerializer.class, "value.serializer", StringSerializer.class);
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
      producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
    }
  }

  /** A new consumer group each time reads the topic from its beginning. */
  private static List<String> consumeAll(InfrastructureSettings settings) {
    Map<String, Object> config = Map.of("bootstrap.servers", settings.kafkaBootstrap(),
        "group.id", "check-" + UUID.randomUUID(), "auto.offset.reset", "earliest",
        "key.deserializer", StringDeserializer.class, "value.deserializer", StringDeserializer.class);
    List<String> received = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      consumer.subscribe(Set.of(TOPIC));
      await().atMost(Duration.ofSeconds(30)).until(() -> {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          received.add(record.key() + "=" + record.value());
        }
        return !received.isEmpty();
      });
    }
    return received;
  }

  private static void insertFamily(InfrastructureSettings settings, String name) {
    try (MongoClient client = MongoClients.create(settings.mongoUri("portail_check"))) {
      client.getDatabase("portail_check").getCollection("families").insertOne(new Document("name", name));
    }
  }

  private static List<String> familyNames(InfrastructureSettings settings) {
    try (MongoClient client = MongoClients.create(settings.mongoUri("portail_check"))) {
      return client.getDatabase("portail_check").getCollection("families").find()
          .map(family -> family.getString("name")).into(new ArrayList<>());
    }
  }

  private static String mailbox(InfrastructureSettings settings, String email) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(settings.mailboxUrl(email))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static String clusterId(InfrastructureSettings settings) throws IOException {
    Properties meta = new Properties();
    try (InputStream in = Files.newInputStream(settings.kafkaLogDir().resolve("meta.properties"))) {
      meta.load(in);
    }
    return meta.getProperty("cluster.id");
  }
}
