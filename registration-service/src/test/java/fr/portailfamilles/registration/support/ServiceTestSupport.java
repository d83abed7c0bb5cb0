package fr.portailfamilles.registration.support;

import fr.portailfamilles.platform.test.KafkaProbe;
import fr.portailfamilles.platform.test.SharedInfrastructure;
import fr.portailfamilles.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** What the service's integration tests share: the API, the broker as seen from outside, families, tokens. */
@RegistrationIntegrationTest
public abstract class ServiceTestSupport {

    public static final String REGISTRATIONS_TOPIC = "registration.registration.v1";
    public static final String ACTIVITIES_TOPIC = "registration.activity.v1";

    @LocalServerPort
    protected int port;
    @Autowired
    protected MongoTemplate mongo;

    protected Api api;
    protected KafkaProbe kafka;
    protected FamilyFixtures families;
    protected final TestTokens tokens = SharedInfrastructure.get().tokens();

    @BeforeEach
    void connect() {
        api = new Api(port);
        kafka = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrap(), REGISTRATIONS_TOPIC, ACTIVITIES_TOPIC);
        families = new FamilyFixtures(kafka, mongo);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    protected Api.Answer request(String familyId, String childId, String activityId) {
        return api.post("/api/registrations", tokens.parent(familyId),
                java.util.Map.of("childId", childId, "activityId", activityId));
    }

    protected String state(String registrationId) {
        return api.get("/api/registrations/" + registrationId, tokens.staff()).body().get("state").asString();
    }
}
