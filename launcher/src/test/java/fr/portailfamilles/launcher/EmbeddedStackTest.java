package fr.portailfamilles.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStackTest {

  @TempDir
  Path root;

  @Test
  void failsFastOnMissingJarsBeforeStartingAnything() throws Exception {
    Path identityJar = root.resolve("identity-service/target/identity-service.jar");
    Files.createDirectories(identityJar.getParent());
    Files.createFile(identityJar);
    StackSettings settings = StackSettings.defaults(root, root.resolve("data"))
        .withInfrastructure(InfrastructureSettings.onFreePorts(root.resolve("data")));

    try (EmbeddedStack stack = new EmbeddedStack(settings)) {
      assertThatThrownBy(stack::start)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("gateway/target/gateway.jar")
          .hasMessageContaining("billing-service/target/billing-service.jar")
          .hasMessageNotContaining("identity-service.jar")
          .hasMessageContaining("Build first");
    }
    assertThat(root.resolve("data")).doesNotExist();
  }

  @Test
  void refusesToStartWhenAPortIsTakenSoAnotherProgramCannotPassForAService() throws Exception {
    for (ServiceDefinition service : PortalServices.standard().inStartOrder()) {
      Files.createDirectories(service.jar(root).getParent());
      Files.createFile(service.jar(root));
    }
    PortalServices services = PortalServices.onFreePorts();
    StackSettings settings = StackSettings.defaults(root, root.resolve("data"))
        .withServices(services)
        .withInfrastructure(InfrastructureSettings.onFreePorts(root.resolve("data")));

    try (ServerSocket earlierPortal = new ServerSocket(services.gateway().port());
        EmbeddedStack stack = new EmbeddedStack(settings)) {
      assertThatThrownBy(stack::start)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Port " + earlierPortal.getLocalPort() + " needed by gateway is already in use");
    }
    assertThat(root.resolve("data")).doesNotExist();
  }

  @Test
  void readsRootDataDirectoryPortsAndJvmOptionsFromTheEnvironment() {
    Properties properties = new Properties();
    properties.setProperty("portail.root", root.toString());
    properties.setProperty("portail.mongo.port", "27117");
    properties.setProperty("portail.port.gateway", "9080");
    properties.setProperty("portail.mail.kept", "500");

    StackSettings settings = StackSettings.from(properties, Map.of("PORTAIL_SERVICE_JVM_OPTS", " -Xmx200m  -Xss1m "));

    assertThat(settings.dataDir()).isEqualTo(root.resolve("data"));
    assertThat(settings.infrastructure().mongoUri("portail_family")).isEqualTo("mongodb://localhost:27117/portail_family");
    assertThat(settings.services().gateway().baseUrl()).hasToString("http://localhost:9080");
    assertThat(settings.infrastructure().mailsKept()).isEqualTo(500);
    assertThat(settings.commandFor(settings.services().gateway()))
        .endsWith("-Xmx200m", "-Xss1m", "-jar", root.resolve("gateway/target/gateway.jar").toString());
  }

  @Test
  void refusesAMailCatcherThatKeepsNoMail() {
    Properties properties = new Properties();
    properties.setProperty("portail.mail.kept", "0");

    assertThatThrownBy(() -> StackSettings.from(properties, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one mail");
    properties.setProperty("portail.mail.kept", "beaucoup");
    assertThatThrownBy(() -> StackSettings.from(properties, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("portail.mail.kept");
  }

  @Test
  void startsTheServicesNoParentWaitsOnAtALowerPriority() {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/nice")) || Files.isExecutable(Path.of("/bin/nice")),
        "needs the nice command");
    StackSettings settings = StackSettings.from(new Properties(), Map.of());
    PortalServices services = settings.services();

    assertThat(services.inStartOrder()).filteredOn(ServiceDefinition::background).extracting(ServiceDefinition::name)
        .containsExactly("family-service", "registration-service", "billing-service", "ops-dashboard");
    List<String> billing = settings.commandFor(services.named("billing-service"));
    assertThat(Path.of(billing.get(0)).getFileName()).hasToString("nice");
    assertThat(billing.subList(1, 3)).containsExactly("-n", "10");
    assertThat(Path.of(billing.get(3)).getFileName()).hasToString("java");
    for (String onTheDecisionPath : List.of("gateway", "identity-service", "reservation-service")) {
      assertThat(Path.of(settings.commandFor(services.named(onTheDecisionPath)).get(0)).getFileName())
          .hasToString("java");
    }
  }

  @Test
  void readsTheBackgroundNicenessAndRefusesOneOutOfRange() {
    Properties properties = new Properties();
    properties.setProperty("portail.background-nice", "0");
    StackSettings none = StackSettings.from(properties, Map.of());
    assertThat(none.commandFor(none.services().named("billing-service")).get(0)).endsWith("java");

    properties.setProperty("portail.background-nice", " 5 ");
    StackSettings five = StackSettings.from(properties, Map.of());
    assertThat(five.backgroundNice()).isEqualTo(5);

    for (String refused : List.of("20", "-1", "beaucoup")) {
      properties.setProperty("portail.background-nice", refused);
      assertThatThrownBy(() -> StackSettings.from(properties, Map.of()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("portail.background-nice");
    }
  }

  @Test
  void runsServicesWithSmallJvmsByDefault() {
    StackSettings settings = StackSettings.from(new Properties(), Map.of());

    assertThat(settings.serviceJvmOptions())
        .containsExactly("-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx256m");
    assertThat(settings.repoRoot()).isEqualTo(Path.of("").toAbsolutePath());
  }
}
