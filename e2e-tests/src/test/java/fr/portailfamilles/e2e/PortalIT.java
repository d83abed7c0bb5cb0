package fr.portailfamilles.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The portal as a newcomer gets it: every service healthy behind the gateway, pages served. */
@ExtendWith(StartPortal.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalIT {

    final JsonMapper json = JsonMapper.builder().build();

    @Order(1)
    @ParameterizedTest(name = "{0} answers through the gateway")
    @CsvSource({"/api/identity", "/api/families", "/api/registrations", "/api/reservations", "/api/billing"})
    void everyRouteReachesItsService(String prefix) throws Exception {
        HttpResponse<String> answer = StartPortal.portal().get(prefix + "/chemin-inconnu");

        // the service itself answered (its French 404, or 401 where it already asks for a login),
        // not the gateway's fallback
        assertThat(answer.statusCode()).isIn(401, 404);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("code").asString()).isIn("ressource-introuvable", "authentification-requise");
        assertThat(problem.get("instance").asString()).isEqualTo(prefix + "/chemin-inconnu");
    }

    @Order(2)
    @ParameterizedTest(name = "page {0} asks for a login")
    @CsvSource({"/", "/famille", "/coordonnees", "/inscriptions", "/reservations", "/factures", "/admin"})
    void sendsAnAnonymousVisitorToTheLogin(String path) throws Exception {
        HttpResponse<String> page = StartPortal.portal().get(path);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue("/oauth2/authorization/portail");
    }

    @Order(3)
    @Test
    void aStoppedServiceGivesAFrench503AtOnce() throws Exception {
        StartPortal.portal().stack().stop("billing-service");
        HttpResponse<String> answer;
        Duration took;
        try {
            Instant asked = Instant.now();
            answer = StartPortal.portal().get("/api/billing/factures");
            took = Duration.between(asked, Instant.now());
        } finally {
            // the other end-to-end tests of this JVM need it back
            StartPortal.portal().stack().restart("billing-service");
        }

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("code").asString()).isEqualTo("service-indisponible");
        assertThat(problem.get("detail").asString()).contains("indisponible");
        assertThat(took).isLessThan(Duration.ofSeconds(6));
        // the other services are unaffected
        assertThat(StartPortal.portal().get("/api/families/chemin-inconnu").statusCode()).isEqualTo(401);
    }
}
