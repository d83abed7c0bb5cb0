package fr.portailfamilles.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class PortalServicesTest {

  private final InfrastructureSettings infrastructure = InfrastructureSettings.defaults(Path.of("data"));

  @Test
  void startsTheGatewayAfterTheServicesItRoutesToAndTheDashboardLast() {
    assertThat(PortalServices.standard().inStartOrder())
        .extracting(ServiceDefinition::name)
        .containsExactly("identity-service", "family-service", "registration-service", "reservation-service",
            "billing-service", "gateway", "ops-dashboard");
  }

  @Test
  void tellsTheOperationsDashboardWhereEveryApplicationIs() {
    PortalServices services = PortalServices.standard();

    Map<String, String> environment = services.environmentFor(services.named("ops-dashboard"), infrastructure);

    assertThat(environment)
        .containsEntry("IDENTITY_URL", "http://localhost:8081")
        .containsEntry("BILLING_URL", "http://localhost:8085")
        .containsEntry("GATEWAY_URL", "http://localhost:8080")
        .doesNotContainKey("MONGODB_URI");
  }

  @Test
  void givesEachServiceItsOwnDatabaseAndTheSharedInfrastructure() {
    PortalServices services = PortalServices.standard();

    Map<String, String> environment = services.environmentFor(services.named("reservation-service"), infrastructure);

    assertThat(environment)
        .containsEntry("SERVER_PORT", "8084")
        .containsEntry("MONGODB_URI", "mongodb://localhost:27017/portail_reservation")
        .containsEntry("KAFKA_BOOTSTRAP", "localhost:9092")
        .containsEntry("SMTP_HOST", "localhost")
        .containsEntry("SMTP_PORT", "3025")
        .containsEntry("MAIL_VIEWER_URL", "http://localhost:8025")
        .containsEntry("SPRING_PROFILES_ACTIVE", "demo")
        .containsEntry("IDENTITY_URL", "http://localhost:8081")
        .doesNotContainKey("RESERVATION_URL");
  }

  @Test
  void pointsTheGatewayAtEveryServiceWithoutGivingItADatabase() {
    PortalServices services = PortalServices.standard();

    Map<String, String> environment = services.environmentFor(services.gateway(), infrastructure);

    assertThat(environment)
        .containsEntry("SERVER_PORT", "8080")
        .containsEntry("IDENTITY_URL", "http://localhost:8081")
        .containsEntry("FAMILY_URL", "http://localhost:8082")
        .containsEntry("REGISTRATION_URL", "http://localhost:8083")
        .containsEntry("RESERVATION_URL", "http://localhost:8084")
        .containsEntry("BILLING_URL", "http://localhost:8085")
        .doesNotContainKey("MONGODB_URI");
  }

  @Test
  void routesTheGatewayToOverriddenPorts() {
    Properties overrides = new Properties();
    overrides.setProperty("portail.port.family-service", "9182");
    PortalServices services = PortalServices.from(overrides);

    assertThat(services.environmentFor(services.gateway(), infrastructure)).containsEntry("FAMILY_URL", "http://localhost:9182");
    assertThat(services.named("family-service").readinessUrl()).hasToString("http://localhost:9182/actuator/health/readiness");
  }

  @Test
  void rejectsAnUnknownServiceByListingTheKnownOnes() {
    assertThatThrownBy(() -> PortalServices.standard().named("payment-service"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("billing-service");
  }
}
