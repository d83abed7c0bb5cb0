package fr.portailfamilles.identity.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A scripted browser for the service's pages: keeps its cookies, never follows redirects by
 * itself, reads the CSRF token of forms, and comes from its own client address (sent as
 * {@code X-Forwarded-For}, as the gateway does) so that tests never share a throttling counter.
 */
public class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;
    private final String address;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Browser(int port) {
        this(port, randomAddress());
    }

    public Browser(int port, String address) {
        this.base = "http://localhost:" + port;
        this.address = address;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends {@code value} as header {@code name} on every later request, e.g. what a proxy adds. */
    public Browser with(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
    }

    public HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
    }

    /** Posts a form, adding the CSRF token found on {@code formPage}. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        HttpResponse<String> page = get(formPage);
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrfOf(page.body()));
        return post(action, withToken);
    }

    public HttpResponse<String> post(String action, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /** Logs in on {@code /connexion}; returns the answer to the form (a redirect either way). */
    public HttpResponse<String> logIn(String email, String password) {
        return submit("/connexion", "/connexion", Map.of("username", email, "password", password));
    }

    /** Follows one redirect of {@code response}. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        return get(location(response));
    }

    public static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("No redirect: " + response.statusCode() + " " + response.body()));
    }

    public String base() {
        return base;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            headers.forEach(request::header);
            return http.send(request.header("X-Forwarded-For", address).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    private static String csrfOf(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No CSRF token in the page: " + html);
        }
        return matcher.group(1);
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
