package fr.portailfamilles.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a Spring Boot readiness endpoint once whether the service may take traffic. */
final class ReadinessProbe {

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2))
      .build();

  private final URI url;

  ReadinessProbe(URI url) {
    this.url = url;
  }

  boolean isReady() throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(3)).GET().build();
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      // readiness answers 503 with OUT_OF_SERVICE while starting; 200 alone could be a wrong endpoint
      return response.statusCode() == 200 && response.body().contains("\"UP\"");
    } catch (IOException notListeningYet) {
      return false;
    }
  }

  URI url() {
    return url;
  }
}
