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
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The portal as a newcomer gets it: every service healthy behind the gateway, pages served. */
@ExtendWith(PortalIT.StartPortal.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalIT {

    static RunningPortal portal;
    final JsonMapper json = JsonMapper.builder().build();

    @Order(1)
    @ParameterizedTest(name = "{0} answers through the gateway")
    @CsvSource({"/api/identity", "/api/families", "/api/registrations", "/api/reservations", "/api/billing"})
    void everyRouteReachesItsService(String prefix) throws Exception {
        HttpResponse<String> answer = portal.get(prefix + "/chemin-inconnu");

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
        HttpResponse<String> page = portal.get(path);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue("/oauth2/authorization/portail");
    }

    @Order(3)
    @Test
    void aStoppedServiceGivesAFrench503AtOnce() throws Exception {
        portal.stack().stop("billing-service");

        Instant asked = Instant.now();
        HttpResponse<String> answer = portal.get("/api/billing/factures");
        Duration took = Duration.between(asked, Instant.now());

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("code").asString()).isEqualTo("service-indisponible");
        assertThat(problem.get("detail").asString()).contains("indisponible");
        assertThat(took).isLessThan(Duration.ofSeconds(6));
        // the other services are unaffected
        assertThat(portal.get("/api/families/chemin-inconnu").statusCode()).isEqualTo(404);
    }

    /** Starts the portal once for the JVM; later test classes reuse it. */
    static final class StartPortal implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            portal = RunningPortal.in(context);
        }
    }
}
