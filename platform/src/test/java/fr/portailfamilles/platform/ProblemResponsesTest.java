package fr.portailfamilles.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.platform.test.PortailServiceTest;
import fr.portailfamilles.platform.test.SharedInfrastructure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every error of a service is problem+json with a French detail and a stable code. */
@PortailServiceTest
class ProblemResponsesTest {

    @LocalServerPort int port;

    final String token = SharedInfrastructure.get().tokens().staff();

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void domainProblemKeepsItsCodeAndFrenchMessage() throws Exception {
        Answer answer = get("/test/children/42");
        assertThat(answer.status).isEqualTo(404);
        assertThat(answer.contentType).startsWith("application/problem+json");
        assertThat(answer.body.get("code").asString()).isEqualTo("enfant-introuvable");
        assertThat(answer.body.get("detail").asString()).isEqualTo("L'enfant « 42 » est introuvable.");
        assertThat(answer.body.get("status").asInt()).isEqualTo(404);
        assertThat(answer.body.get("instance").asString()).isEqualTo("/test/children/42");
        assertThat(answer.body.get("type").asString()).endsWith("/enfant-introuvable");
    }

    @Test
    void invalidBodyListsEachFieldInFrench() throws Exception {
        Answer answer = post("/test/children", "{\"firstName\":\"\",\"birthDate\":\"2999-01-01\"}");
        assertThat(answer.status).isEqualTo(400);
        assertThat(answer.body.get("code").asString()).isEqualTo("donnees-invalides");
        assertThat(answer.body.get("erreurs").toString())
                .contains("Le prénom est obligatoire.", "La date de naissance doit être dans le passé.");
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() throws Exception {
        Answer answer = post("/test/children", "{\"firstName\": ");
        assertThat(answer.status).isEqualTo(400);
        assertThat(answer.contentType).startsWith("application/problem+json");
        assertThat(answer.body.get("detail").asString()).isEqualTo("La requête est invalide.");
    }

    @Test
    void wrongParameterTypeNamesTheParameter() throws Exception {
        Answer answer = get("/test/numbers/douze");
        assertThat(answer.status).isEqualTo(400);
        assertThat(answer.body.get("code").asString()).isEqualTo("parametre-invalide");
        assertThat(answer.body.get("detail").asString()).contains("douze", "value");
    }

    @Test
    void unknownPathIsAFrenchNotFound() throws Exception {
        Answer answer = get("/nulle-part");
        assertThat(answer.status).isEqualTo(404);
        assertThat(answer.body.get("code").asString()).isEqualTo("ressource-introuvable");
        assertThat(answer.body.get("detail").asString()).isEqualTo("La ressource demandée est introuvable.");
    }

    @Test
    void unexpectedFailureRevealsNothingInternal() throws Exception {
        Answer answer = get("/test/bug");
        assertThat(answer.status).isEqualTo(500);
        assertThat(answer.body.get("code").asString()).isEqualTo("erreur-interne");
        assertThat(answer.body.toString()).doesNotContain("internal detail");
    }

    private Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build());
    }

    private Answer post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                json.readTree(response.body()));
    }

    record Answer(int status, String contentType, JsonNode body) {
    }
}
