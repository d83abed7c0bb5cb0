package fr.portailfamilles.identity.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a test or load tool does to get a user's tokens with the {@code portail-tests} client:
 * authorization code with PKCE, driving the normal login form, then the code exchange.
 */
public class AuthorizationCodeFlow {

    public static final String CLIENT = "portail-tests";
    public static final String SECRET = "portail-tests-secret-dev";
    public static final String REDIRECT_URI = "http://127.0.0.1/portail-tests/callback";

    private final int port;
    private final String client;
    private final String secret;
    private final String redirectUri;
    private final JsonMapper json = JsonMapper.builder().build();

    public AuthorizationCodeFlow(int port) {
        this(port, CLIENT, SECRET, REDIRECT_URI);
    }

    /** The same flow for another client, e.g. the gateway's. */
    public AuthorizationCodeFlow(int port, String client, String secret, String redirectUri) {
        this.port = port;
        this.client = client;
        this.secret = secret;
        this.redirectUri = redirectUri;
    }

    /** Logs in as {@code email} and returns the token response. */
    public Tokens logIn(String email, String password) {
        return logIn(new Browser(port), email, password);
    }

    /** Logs in with {@code browser}, which keeps the identity provider's session afterwards. */
    public Tokens logIn(Browser browser, String email, String password) {
        String verifier = verifier();
        String state = UUID.randomUUID().toString();
        HttpResponse<String> toLogin = browser.get(authorizeUrl(challengeOf(verifier), state));
        if (toLogin.statusCode() != 302 || !Browser.location(toLogin).endsWith("/connexion")) {
            throw new AssertionError("The authorize endpoint did not send to the login page: "
                    + toLogin.statusCode() + " " + toLogin.headers().map());
        }
        HttpResponse<String> loggedIn = browser.logIn(email, password);
        String back = Browser.location(loggedIn);
        if (back.contains("/connexion")) {
            throw new LoginRefused(back);
        }
        String callback = Browser.location(browser.get(back));
        if (!callback.startsWith(redirectUri) || !callback.contains("state=" + state)) {
            throw new AssertionError("Unexpected redirect after login: " + callback);
        }
        return exchange(codeOf(callback), verifier);
    }

    public String authorizeUrl(String challenge, String state) {
        return "/oauth2/authorize?response_type=code&client_id=" + client + "&redirect_uri=" + redirectUri
                + "&scope=openid%20profile%20email&state=" + state
                + (challenge == null ? "" : "&code_challenge=" + challenge + "&code_challenge_method=S256");
    }

    public Tokens exchange(String code, String verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("code_verifier", verifier);
        return tokenRequest(form);
    }

    public Tokens refresh(String refreshToken) {
        return tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    public HttpResponse<String> rawTokenRequest(Map<String, String> form) {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/oauth2/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(Browser.form(form))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Tokens tokenRequest(Map<String, String> form) {
        HttpResponse<String> response = rawTokenRequest(form);
        if (response.statusCode() != 200) {
            throw new AssertionError("Token request refused: " + response.statusCode() + " " + response.body());
        }
        JsonNode body = json.readTree(response.body());
        return new Tokens(body.get("access_token").asString(), body.path("refresh_token").asString(null),
                body.path("id_token").asString(null), body.get("expires_in").asLong());
    }

    public static String codeOf(String callback) {
        for (String parameter : URI.create(callback).getQuery().split("&")) {
            if (parameter.startsWith("code=")) {
                return parameter.substring("code=".length());
            }
        }
        throw new AssertionError("No code in " + callback);
    }

    public static String verifier() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    public static String challengeOf(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token endpoint's answer. */
    public record Tokens(String accessToken, String refreshToken, String idToken, long expiresIn) {
    }

    /** The login form sent the browser back to the login page. */
    public static class LoginRefused extends RuntimeException {
        public LoginRefused(String location) {
            super("Login refused, back to " + location);
        }
    }
}
