package fr.portailfamilles.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTest {

  private static final List<String> RUNS_UNTIL_STOPPED = List.of("bash", "-c", "echo started; exec sleep 120");

  @TempDir
  Path logs;

  private HttpServer health;
  private ServiceProcess process;

  @AfterEach
  void cleanUp() {
    if (process != null) {
      process.stop(Duration.ofSeconds(5));
    }
    if (health != null) {
      health.stop(0);
    }
  }

  @Test
  void waitsWhileReadinessAnswers503ThenReturnsOnceItIsUp() throws IOException {
    AtomicInteger calls = readinessAnswering(2);
    process = ServiceProcess.start("family-service", RUNS_UNTIL_STOPPED, Map.of(), logs.resolve("family.log"), readinessUrl());

    process.awaitHealthy(Duration.ofSeconds(20));

    assertThat(calls.get()).isEqualTo(3);
    assertThat(process.isAlive()).isTrue();
    assertThat(process.rssKilobytes()).isPositive();
  }

  @Test
  void aBackgroundServiceRunsAtTheNicenessItIsGiven() throws IOException {
    Path stat = Path.of("/proc/self/stat");
    assumeTrue(Files.isReadable(stat), "needs Linux's /proc");
    StackSettings settings = StackSettings.defaults(logs, logs.resolve("data")).withBackgroundNice(7);
    List<String> priority = settings.priorityFor(settings.services().named("billing-service"));
    assumeFalse(priority.isEmpty(), "needs the nice command");

    process = ServiceProcess.start("billing-service", Stream.concat(priority.stream(), RUNS_UNTIL_STOPPED.stream())
        .toList(), Map.of(), logs.resolve("billing.log"), readinessUrl());

    // nice lowers its own priority, then replaces itself with the command, keeping its process id
    await().atMost(Duration.ofSeconds(10)).until(() -> process.logTail(1).contains("started"));
    assertThat(niceness(process.pid())).isEqualTo(niceness(ProcessHandle.current().pid()) + 7);
  }

  /** Field 19 of /proc/<pid>/stat; the fields after the command's name (which may hold spaces) start at 3. */
  private static int niceness(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
    return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
  }

  @Test
  void reportsAProcessThatExitsBeforeBeingReadyWithTheEndOfItsLog() throws IOException {
    List<String> crashing = List.of("bash", "-c",
        "for i in $(seq 1 60); do echo \"start-up line $i\"; done; echo \"Port $SERVER_PORT was already in use\"; exit 3");
    process = ServiceProcess.start("billing-service", crashing, Map.of("SERVER_PORT", "8085"),
        logs.resolve("billing.log"), URI.create("http://localhost:" + Ports.free(1)[0] + "/actuator/health/readiness"));
    Instant begin = Instant.now();

    ServiceStartupException failure = catchThrowableOfType(ServiceStartupException.class,
        () -> process.awaitHealthy(Duration.ofSeconds(60)));

    assertThat(Duration.between(begin, Instant.now())).isLessThan(Duration.ofSeconds(10));
    assertThat(failure.serviceName()).isEqualTo("billing-service");
    assertThat(failure.getMessage()).contains("billing-service exited with code 3").contains("Port 8085 was already in use");
    assertThat(failure.logTail()).hasSize(ServiceProcess.LOG_TAIL_LINES)
        .startsWith("start-up line 22")
        .endsWith("Port 8085 was already in use");
  }

  @Test
  void givesUpWhenTheServiceNeverBecomesReady() throws IOException {
    readinessAnswering(Integer.MAX_VALUE);
    process = ServiceProcess.start("gateway", RUNS_UNTIL_STOPPED, Map.of(), logs.resolve("gateway.log"), readinessUrl());

    ServiceStartupException failure = catchThrowableOfType(ServiceStartupException.class,
        () -> process.awaitHealthy(Duration.ofSeconds(1)));

    assertThat(failure.getMessage()).contains("gateway was not ready after 1 s");
    assertThat(failure.logTail()).containsExactly("started");
  }

  @Test
  void stopEndsTheProcess() throws IOException {
    process = ServiceProcess.start("identity-service", RUNS_UNTIL_STOPPED, Map.of(), logs.resolve("identity.log"), readinessUrl());

    process.stop(Duration.ofSeconds(5));

    assertThat(process.isAlive()).isFalse();
  }

  /** A readiness endpoint that is out of service for the first calls, then up; returns the call count. */
  private AtomicInteger readinessAnswering(int outOfServiceCalls) throws IOException {
    AtomicInteger calls = new AtomicInteger();
    health = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    health.createContext("/actuator/health/readiness", exchange -> {
      boolean up = calls.incrementAndGet() > outOfServiceCalls;
      answer(exchange, up ? 200 : 503, up ? "{\"status\":\"UP\"}" : "{\"status\":\"OUT_OF_SERVICE\"}");
    });
    health.start();
    return calls;
  }

  private URI readinessUrl() {
    int port = health == null ? Ports.free(1)[0] : health.getAddress().getPort();
    return URI.create("http://localhost:" + port + "/actuator/health/readiness");
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
