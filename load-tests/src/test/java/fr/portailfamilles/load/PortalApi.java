package fr.portailfamilles.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON calls to the running portal through its gateway, with a user's access token. */
final class PortalApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String portalUrl;
    private final HttpClient http;

    PortalApi(String portalUrl) {
        this.portalUrl = portalUrl;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    String portalUrl() {
        return portalUrl;
    }

    HttpClient http() {
        return http;
    }

    JsonNode get(String path, String token) {
        return expect(call("GET", path, token, null), 200);
    }

    JsonNode post(String path, String token, String body, int expected) {
        return expect(call("POST", path, token, body), expected);
    }

    JsonNode put(String path, String token, String body) {
        return expect(call("PUT", path, token, body), 200);
    }

    /** Calls {@code path} until {@code accepted} holds, for example while an event is on its way. */
    HttpResponse<String> awaitAnswer(String path, String token, Predicate<HttpResponse<String>> accepted,
            Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            HttpResponse<String> answer = call("GET", path, token, null);
            if (accepted.test(answer)) {
                return answer;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("GET " + path + " still answers " + answer.statusCode() + " "
                        + answer.body());
            }
            sleep(Duration.ofMillis(200));
        }
    }

    HttpResponse<String> call(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portalUrl + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + path, e);
        }
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode expect(HttpResponse<String> answer, int expected) {
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(answer.request().method() + " " + answer.uri() + " answered "
                    + answer.statusCode() + " (expected " + expected + "): " + answer.body());
        }
        return answer.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(answer.body());
    }
}
