package fr.portailfamilles.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On a rush the gateway lets two requests at a time reach the reservation service: the third
 * waits its turn instead of failing, and one arriving when the queue is full is refused at once
 * with a French problem, without reaching the service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portail.admission.max-in-flight=2", "portail.admission.max-waiting=1", "portail.admission.max-wait=30s",
        "resilience4j.timelimiter.instances.reservation.timeout-duration=15s"})
class AdmissionQueueRouteTest {

    /** Each call to this path waits (2 s at most) until three calls have come to it, then answers. */
    static final StubService reservation = StubService.start("reservation")
            .gathering("/api/reservations/ouverture", 3, Duration.ofSeconds(2));

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("RESERVATION_URL", reservation::url);
    }

    @AfterAll
    static void stopServices() {
        reservation.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Test
    void aRushWaitsItsTurnInOrderAndOnlyTheQueuesOverflowIsRefused() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reservations/ouverture"))
                .timeout(Duration.ofSeconds(20)).build();

        List<CompletableFuture<HttpResponse<String>>> first = IntStream.range(0, 3)
                .mapToObj(i -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString())).toList();
        // the three are in: two at the service, one waiting (before the service gives up gathering, 2 s)
        await().atMost(Duration.ofMillis(1500)).pollInterval(Duration.ofMillis(10))
                .until(() -> gauge("portail.gateway.admission.in.flight") == 2
                        && gauge("portail.gateway.admission.waiting") == 1);
        HttpResponse<String> overflow = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(overflow.statusCode()).isEqualTo(503);
        assertThat(overflow.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(overflow.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(overflow.body())
                .contains("\"code\":\"forte-affluence\"")
                .contains("\"title\":\"Forte affluence\"")
                .contains("Le service des réservations reçoit beaucoup de demandes en ce moment")
                .contains("\"instance\":\"/api/reservations/ouverture\"");
        // none of the three refused; two were at the service together and waited there in vain for the
        // third, which the door let in only once they had left
        List<HttpResponse<String>> answers = first.stream().map(CompletableFuture::join).toList();
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(answers).extracting(HttpResponse::body)
                .filteredOn(body -> body.contains("\"gathered\":false")).hasSize(2);
        assertThat(answers).extracting(HttpResponse::body)
                .filteredOn(body -> body.contains("\"gathered\":true")).hasSize(1);
    }

    private double gauge(String name) {
        var gauge = meters.find(name).tag("service", "reservation").gauge();
        return gauge == null ? -1 : gauge.value();
    }
}
