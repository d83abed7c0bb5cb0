package fr.portailfamilles.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Obtains a real access token the way a person does, with the test client of the identity
 * service: authorization request with PKCE, the French login form, then the code exchange.
 * No password grant exists; this drives the normal flow through the gateway.
 */
public final class PortalLogin {

    static final String CLIENT_ID = "portail-tests";
    static final String CLIENT_SECRET = "portail-tests-secret-dev";
    static final String REDIRECT_URI = "http://127.0.0.1/portail-tests/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

    private final String portalUrl;
    private final JsonMapper json = JsonMapper.builder().build();

    public PortalLogin(String portalUrl) {
        this.portalUrl = portalUrl;
    }

    /** Logs in as {@code email} and returns the access token. */
    public String accessToken(String email, String password) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String verifier = randomUrlSafe(48);
        String authorize = portalUrl + "/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", CLIENT_ID,
                "redirect_uri", REDIRECT_URI, "scope", "openid profile email", "state", UUID.randomUUID().toString(),
                "code_challenge", challenge(verifier), "code_challenge_method", "S256"));

        send(browser, get(authorize));
        String loginPage = send(browser, get(portalUrl + "/connexion")).body();
        HttpResponse<String> loggedIn = send(browser, post(portalUrl + "/connexion",
                form(Map.of("username", email, "password", password, "_csrf", csrf(loginPage)))));
        if (loggedIn.statusCode() != 302 || loggedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Login refused for " + email + ": " + loggedIn.statusCode() + " "
                    + loggedIn.headers().firstValue("Location").orElse(""));
        }
        String callback = send(browser, get(authorize)).headers().firstValue("Location").orElseThrow();
        Matcher code = CODE.matcher(callback);
        if (!code.find()) {
            throw new IllegalStateException("No authorization code in " + callback);
        }
        HttpResponse<String> token = send(browser, HttpRequest.newBuilder(URI.create(portalUrl + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "code", URLDecoder.decode(code.group(1), StandardCharsets.UTF_8), "redirect_uri", REDIRECT_URI,
                        "code_verifier", verifier))))
                .build());
        if (token.statusCode() != 200) {
            throw new IllegalStateException("Token exchange failed: " + token.statusCode() + " " + token.body());
        }
        return json.readTree(token.body()).get("access_token").asString();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request)
            throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build();
    }

    private static HttpRequest post(String url, String form) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF field on the login page");
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
