package fr.portailfamilles.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every service must do from its first day, inherited by each service's own test: start
 * against the embedded broker and database, report itself healthy to operations, expose its
 * metrics, and answer errors as French problem+json.
 */
@PortailServiceTest
public abstract class ServiceBaselineTest {

    @LocalServerPort
    protected int port;

    protected final HttpClient http = HttpClient.newHttpClient();
    protected final JsonMapper json = JsonMapper.builder().build();

    /** The path prefix the gateway routes to this service, e.g. {@code /api/families}. */
    protected abstract String apiPrefix();

    @Autowired
    protected MongoTemplate mongo;

    @Test
    void isHealthyWithItsDatabaseAndBroker() throws Exception {
        // a database that holds data must not turn the health DOWN (Boot's own check did on the embedded server)
        mongo.getCollection("health_probe").insertOne(new org.bson.Document("at", System.currentTimeMillis()));
        JsonNode health = json.readTree(get("/actuator/health").body());
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/mongo/status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void exposesPrometheusMetricsAndOnlyTheListedEndpoints() throws Exception {
        HttpResponse<String> metrics = get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "application=\"");
        assertThat(get("/actuator/env", staffToken()).statusCode()).isEqualTo(404);
        assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
    }

    /** A valid staff access token for this service; the identity service mints its own. */
    protected String staffToken() {
        return SharedInfrastructure.get().tokens().staff();
    }

    @Test
    void refusesAnAnonymousApiCallWithAFrenchProblem() throws Exception {
        HttpResponse<String> answer = get(apiPrefix() + "/chemin-inconnu");
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("code").asString()).isEqualTo("authentification-requise");
        assertThat(problem.get("detail").asString()).startsWith("Vous devez vous connecter");
    }

    @Test
    void refusesExpiredAndForgedTokens() throws Exception {
        TestTokens tokens = SharedInfrastructure.get().tokens();
        assertThat(get(apiPrefix() + "/chemin-inconnu", tokens.expiredParent("fam-1")).statusCode()).isEqualTo(401);
        assertThat(get(apiPrefix() + "/chemin-inconnu", tokens.forgedStaff()).statusCode()).isEqualTo(401);
    }

    @Test
    void answersAnUnknownApiPathWithAFrenchProblem() throws Exception {
        HttpResponse<String> answer = get(apiPrefix() + "/chemin-inconnu", staffToken());
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("code").asString()).isEqualTo("ressource-introuvable");
        assertThat(problem.get("detail").asString()).isEqualTo("La ressource demandée est introuvable.");
        assertThat(problem.get("instance").asString()).isEqualTo(apiPrefix() + "/chemin-inconnu");
    }

    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> get(String path, String accessToken) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + accessToken).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
