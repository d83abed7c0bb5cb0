package fr.portailfamilles.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpsDashboardTest {

    @LocalServerPort
    int port;

    @Test
    void watchesEveryApplicationOfThePortal() throws Exception {
        HttpResponse<String> applications = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/applications"))
                        .header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(applications.statusCode()).isEqualTo(200);
        assertThat(applications.body()).contains("\"identity-service\"", "\"family-service\"",
                "\"registration-service\"", "\"reservation-service\"", "\"billing-service\"", "\"gateway\"");
    }
}
