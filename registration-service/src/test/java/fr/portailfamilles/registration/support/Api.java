package fr.portailfamilles.registration.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service's HTTP API as the gateway calls it: a bearer token and JSON. */
public final class Api {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final int port;

    public Api(int port) {
        this.port = port;
    }

    /** An answer: its status, its content type and its body read as JSON (null when empty). */
    public record Answer(int status, String contentType, JsonNode body, String location) {

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        public String code() {
            return body == null || body.get("code") == null ? null : body.get("code").asString();
        }

        public String detail() {
            return body == null || body.get("detail") == null ? null : body.get("detail").asString();
        }
    }

    public Answer get(String path, String token) {
        return send(builder(path, token).GET());
    }

    public Answer post(String path, String token, Object body) {
        return send(builder(path, token).POST(bodyOf(body)));
    }

    public Answer put(String path, String token, Object body) {
        return send(builder(path, token).PUT(bodyOf(body)));
    }

    public JsonMapper json() {
        return json;
    }

    private HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private HttpRequest.BodyPublisher bodyOf(Object body) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : json.writeValueAsString(body));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? null : json.readTree(response.body());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), body,
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
