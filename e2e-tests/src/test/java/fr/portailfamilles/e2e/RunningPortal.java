package fr.portailfamilles.e2e;

import fr.portailfamilles.launcher.EmbeddedStack;
import fr.portailfamilles.launcher.InfrastructureSettings;
import fr.portailfamilles.launcher.PortalServices;
import fr.portailfamilles.launcher.StackSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole portal, started once for the test JVM on free ports and a fresh data directory,
 * with the very code behind {@code ./start-portal.sh}; stopped when the JVM's tests are done.
 */
final class RunningPortal implements ExtensionContext.Store.CloseableResource {

    private static final Duration READINESS = Duration.ofSeconds(180);
    /**
     * The gateway logs every request it serves (Reactor Netty's access log, in its log file): all
     * the browser's requests go through it, so a test that fails leaves which of them answered what,
     * and when, in {@code <data directory>/logs/gateway.log}. The other services ignore the property.
     */
    private static final String GATEWAY_ACCESS_LOG = "-Dreactor.netty.http.server.accessLogEnabled=true";

    private final EmbeddedStack stack;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningPortal(EmbeddedStack stack) {
        this.stack = stack;
    }

    static RunningPortal in(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningPortal.class, key -> start(), RunningPortal.class);
    }

    private static RunningPortal start() {
        try {
            Path repoRoot = Path.of("..").toAbsolutePath().normalize();
            Path dataDir = Files.createTempDirectory("portail-e2e-");
            StackSettings defaults = StackSettings.defaults(repoRoot, dataDir);
            StackSettings settings = defaults
                    .withInfrastructure(InfrastructureSettings.onFreePorts(dataDir))
                    .withServiceJvmOptions(Stream.concat(defaults.serviceJvmOptions().stream(),
                            Stream.of(GATEWAY_ACCESS_LOG)).toList())
                    .withServices(PortalServices.onFreePorts())
                    .withReadinessTimeout(READINESS);
            EmbeddedStack stack = new EmbeddedStack(settings);
            try {
                return new RunningPortal(stack.start());
            } catch (RuntimeException failure) {
                stack.close();
                throw failure;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    EmbeddedStack stack() {
        return stack;
    }

    String url() {
        return stack.gatewayUrl().toString().replaceAll("/$", "");
    }

    PortalLogin login() {
        return new PortalLogin(url());
    }

    Mailbox mailbox() {
        return new Mailbox(stack.settings().infrastructure().mailViewerUrl());
    }

    HttpResponse<String> get(String path, String accessToken) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .header("Authorization", "Bearer " + accessToken)
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path, String accessToken, String json)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .header("Authorization", "Bearer " + accessToken).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        stack.close();
    }
}
