package fr.portailfamilles.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import reactor.core.publisher.Mono;

/** The identity, family and billing services are down (nothing listens on their ports); the reservation service hangs. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "resilience4j.timelimiter.instances.reservation.timeout-duration=1s",
        "resilience4j.circuitbreaker.instances.billing.minimum-number-of-calls=4",
        "resilience4j.circuitbreaker.instances.billing.sliding-window-size=4"})
class ServiceOutageTest {

    static final StubService reservation = StubService.start("reservation").hanging("/api/reservations/grille")
            .hanging("/api/reservations/registrations/ins-1/events");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("IDENTITY_URL", () -> "http://127.0.0.1:" + closedPort());
        registry.add("FAMILY_URL", () -> "http://127.0.0.1:" + closedPort());
        registry.add("BILLING_URL", () -> "http://127.0.0.1:" + closedPort());
        registry.add("RESERVATION_URL", reservation::url);
    }

    @AfterAll
    static void stopServices() {
        reservation.close();
    }

    /** A fault of the gateway's own, as a bug would raise one: no route, no service involved. */
    @TestConfiguration
    static class FaultyEndpoint {

        @Bean
        RouterFunction<ServerResponse> faultyEndpoint() {
            return RouterFunctions.route().GET("/api/essai/panne-inattendue",
                    request -> Mono.error(new IllegalStateException("panne de test"))).build();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(15)).build();
        // warm up the proxy and fallback path on another route, so that timings measure this route only
        client.get().uri("/api/identity/echauffement").exchange().expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void answersAFrenchProblemAtOnceWhenTheServiceIsDown() {
        long start = System.nanoTime();

        client.get().uri("/api/families/f-1/enfants")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://portail-familles.fr/problemes/service-indisponible")
                .jsonPath("$.title").isEqualTo("Service momentanément indisponible")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").isEqualTo("Le service des familles est momentanément indisponible. "
                        + "Vos données sont conservées : merci de réessayer dans quelques instants.")
                .jsonPath("$.instance").isEqualTo("/api/families/f-1/enfants")
                .jsonPath("$.code").isEqualTo("service-indisponible")
                .jsonPath("$.service").isEqualTo("family");

        // the time limiter is 5 s: a refused connection must not wait for it
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void logsTheOutageWithTheCallersTraceId(CapturedOutput output) {
        String traceId = "0af7651916cd43dd8448eb211c80319c";

        client.get().uri("/api/families/f-2")
                .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);

        assertLogged(output, "/api/families/f-2", "WARN", "Service family indisponible", traceId);
    }

    @Test
    void logsAnUnexpectedFaultWithTheCallersTraceIdAndAnswersAFrenchProblem(CapturedOutput output) {
        String traceId = "5bd66ef5095369c7b0d1f8f4bd33716a";

        client.get().uri("/api/essai/panne-inattendue")
                .header("traceparent", "00-" + traceId + "-65fa5a2e7d1e6c2d-01")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("erreur-interne")
                .jsonPath("$.detail").isEqualTo("Une erreur interne est survenue. L'équipe technique a été prévenue.")
                .jsonPath("$.instance").isEqualTo("/api/essai/panne-inattendue");

        assertLogged(output, "Erreur 500 sur GET /api/essai/panne-inattendue", "ERROR", "panne de test", traceId);
    }

    @Test
    void answersTheSameProblemToAWriteRequest() {
        client.post().uri("/api/families/f-1/demandes-de-modification")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"telephone\":\"0556000000\"}")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("service-indisponible")
                .jsonPath("$.instance").isEqualTo("/api/families/f-1/demandes-de-modification");
    }

    @Test
    void answersAProblemWhenTheServiceHangsLongerThanItsTimeLimiter() {
        long start = System.nanoTime();

        client.get().uri("/api/reservations/grille?mois=2026-09")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("Le service des réservations est momentanément indisponible. "
                        + "Vos données sont conservées : merci de réessayer dans quelques instants.")
                .jsonPath("$.code").isEqualTo("service-indisponible")
                .jsonPath("$.service").isEqualTo("reservation");

        // this route's time limiter is 1 s here (5 s by default), the HTTP response timeout 10 s
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isGreaterThanOrEqualTo(Duration.ofMillis(900))
                .isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void opensTheCircuitAfterRepeatedFailuresAndKeepsAnsweringTheProblem() {
        for (int call = 0; call < 4; call++) {
            client.get().uri("/api/billing/factures").exchange().expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        }

        assertThat(circuitBreakers.circuitBreaker("billing").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        client.get().uri("/api/billing/factures")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectBody()
                .jsonPath("$.service").isEqualTo("billing")
                .jsonPath("$.detail").isEqualTo("Le service de facturation est momentanément indisponible. "
                        + "Vos données sont conservées : merci de réessayer dans quelques instants.");
    }

    /** One of the lines mentioning {@code about} is at {@code level}, says {@code text} and carries the trace id. */
    private static void assertLogged(CapturedOutput output, String about, String level, String text, String traceId) {
        assertThat(output.getOut().lines().filter(line -> line.contains(about)))
                .anySatisfy(line -> assertThat(line)
                        .contains("\"level\":\"" + level + "\"")
                        .contains(text)
                        .contains("\"traceId\":\"" + traceId + "\""));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void keepsTheGridsLiveStreamOpenPastTheTimeLimiter() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest stream = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/reservations/registrations/ins-1/events"))
                .header("Accept", "text/event-stream").timeout(Duration.ofMillis(2500)).GET().build();

        // the reservation route's time limiter is 1 s here: the stream route must not be cut by it
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> http.send(stream, java.net.http.HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(java.net.http.HttpTimeoutException.class);
    }
}
