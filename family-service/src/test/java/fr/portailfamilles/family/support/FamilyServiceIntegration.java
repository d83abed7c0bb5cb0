package fr.portailfamilles.family.support;

import fr.portailfamilles.platform.test.PortailServiceTest;
import fr.portailfamilles.platform.test.SharedInfrastructure;
import fr.portailfamilles.platform.test.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the service's integration tests: all share ONE Spring context (same configuration as
 * the baseline test) on the JVM's embedded Kafka broker and MongoDB server.
 */
@PortailServiceTest
public abstract class FamilyServiceIntegration {

    protected static final TestTokens TOKENS = SharedInfrastructure.get().tokens();

    @LocalServerPort
    protected int port;

    protected Api staff() {
        return new Api(port, TOKENS.staff());
    }

    protected Api parentOf(String familyId) {
        return new Api(port, TOKENS.parent(familyId));
    }

    protected FamilyFixtures fixtures() {
        return new FamilyFixtures(staff());
    }

    protected static String kafkaBootstrap() {
        return SharedInfrastructure.get().kafkaBootstrap();
    }
}
