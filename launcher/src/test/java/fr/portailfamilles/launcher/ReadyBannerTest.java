package fr.portailfamilles.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class ReadyBannerTest {

  @Test
  void tellsWhereThePortalIsHowToSignInAndWhatItCosts() {
    Properties properties = new Properties();
    properties.setProperty("portail.root", "/opt/portail");
    properties.setProperty("portail.port.gateway", "9080");
    properties.setProperty("portail.mail.port", "9025");
    StackSettings settings = StackSettings.from(properties, Map.of());

    String banner = ReadyBanner.render(settings, Duration.ofMillis(41_500), 1_843_200);

    assertThat(banner)
        .contains("http://localhost:9080")
        .contains("http://localhost:9080/admin")
        .contains("http://localhost:9025/api/user/claire.martin@example.fr/messages")
        .contains("localhost:9092")
        .contains("mongodb://localhost:27017/")
        .contains(Path.of("/opt/portail/data").toString())
        .contains("41.5 s")
        .contains("1800 MB")
        .contains("claire.martin@example.fr / Demo-Parent-2026!")
        .contains("agent@mairie-carcans.fr / Demo-Agent-2026!");
  }
}
