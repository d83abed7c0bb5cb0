package fr.portailfamilles.gateway.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for one backend service: answers every request with a JSON echo of who answered and
 * what arrived (method, path, query, body, {@code traceparent}). A path can be made to hang, or to
 * hold concurrent calls until they are all there.
 */
final class StubService implements AutoCloseable {

    private final String name;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Hold> holds = new ConcurrentHashMap<>();

    private StubService(String name) throws IOException {
        this.name = name;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    static StubService start(String name) {
        try {
            return new StubService(name);
        } catch (IOException e) {
            throw new IllegalStateException("Stub " + name + " did not start", e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Requests to {@code path} wait until {@code parties} of them have arrived (or {@code atMost} passed), then answer. */
    StubService gathering(String path, int parties, Duration atMost) {
        holds.put(path, new Hold(new CountDownLatch(parties), atMost));
        return this;
    }

    /** Requests to {@code path} get no answer until the stub closes: a service that hangs. */
    StubService hanging(String path) {
        return gathering(path, Integer.MAX_VALUE, Duration.ofMinutes(1));
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Hold hold = holds.get(exchange.getRequestURI().getPath());
            boolean gathered = hold != null && hold.await();
            byte[] echo = echo(exchange, body, gathered).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, echo.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(echo);
            }
        } catch (IOException gatewayHungUp) {
            // the gateway gave up on a held request; nothing to answer
        }
    }

    private String echo(HttpExchange exchange, String body, boolean gathered) {
        return """
                {"service":"%s","method":"%s","path":"%s","query":"%s","traceparent":"%s","body":"%s","gathered":%s}"""
                .formatted(name, exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        nullToEmpty(exchange.getRequestURI().getQuery()),
                        nullToEmpty(exchange.getRequestHeaders().getFirst("traceparent")),
                        body.replace("\\", "\\\\").replace("\"", "\\\""), gathered);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private record Hold(CountDownLatch latch, Duration atMost) {

        /** Whether all the expected requests arrived in time. */
        boolean await() {
            latch.countDown();
            try {
                return latch.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
