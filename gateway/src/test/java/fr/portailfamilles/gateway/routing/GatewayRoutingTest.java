package fr.portailfamilles.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

// a generous time limiter on the gathering route: a loaded build machine must not turn slowness into a 503
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"resilience4j.timelimiter.instances.reservation.timeout-duration=15s",
                // a trace the gateway starts is recorded, so that its traceparent says so (flag 01)
                "management.tracing.sampling.probability=1.0"})
class GatewayRoutingTest {

    private static final int CONCURRENT_PARENTS = 30;

    static final StubService identity = StubService.start("identity");
    static final StubService family = StubService.start("family");
    static final StubService registration = StubService.start("registration");
    static final StubService reservation = StubService.start("reservation")
            .gathering("/api/reservations/ouverture", CONCURRENT_PARENTS, Duration.ofSeconds(8));
    static final StubService billing = StubService.start("billing");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("IDENTITY_URL", identity::url);
        registry.add("FAMILY_URL", family::url);
        registry.add("REGISTRATION_URL", registration::url);
        registry.add("RESERVATION_URL", reservation::url);
        registry.add("BILLING_URL", billing::url);
    }

    @AfterAll
    static void stopServices() {
        List.of(identity, family, registration, reservation, billing).forEach(StubService::close);
    }

    @LocalServerPort
    int port;

    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(10)).build();
    }

    @ParameterizedTest(name = "/api/{0}/** reaches {1}")
    @CsvSource({
            "identity, identity",
            "families, family",
            "registrations, registration",
            "reservations, reservation",
            "billing, billing"})
    void routesEachAreaToItsServiceWithPathAndQueryIntact(String area, String service) {
        client.get().uri("/api/{area}/x/42?mois=2026-09", area)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo(service)
                .jsonPath("$.path").isEqualTo("/api/" + area + "/x/42")
                .jsonPath("$.query").isEqualTo("mois=2026-09")
                .jsonPath("$.traceparent").value(String.class,
                        traceparent -> assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
    }

    @Test
    void forwardsMethodAndBodyUnchanged() {
        client.post().uri("/api/registrations/demandes")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"enfant\":\"c-1\",\"activite\":\"aps\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo("registration")
                .jsonPath("$.method").isEqualTo("POST")
                .jsonPath("$.body").isEqualTo("{\"enfant\":\"c-1\",\"activite\":\"aps\"}");
    }

    @Test
    void continuesTheCallersW3cTrace() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        client.get().uri("/api/families/f-1")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.traceparent").value(String.class,
                        traceparent -> assertThat(traceparent).startsWith("00-" + traceId + "-")
                                .doesNotContain("00f067aa0ba902b7"));
    }

    @Test
    void letsManyParentsReachOneServiceAtTheSameTime() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/reservations/ouverture")).build();

        List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, CONCURRENT_PARENTS)
                .mapToObj(i -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .toList();

        // the stub says whether all of them were in at once: none refused, none queued behind the others
        assertThat(calls).allSatisfy(call -> {
            HttpResponse<String> response = call.join();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"gathered\":true");
        });
    }
}
