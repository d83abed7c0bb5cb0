package fr.portailfamilles.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import fr.portailfamilles.gateway.problem.Problems;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code AdmissionQueue=<route id>}: the route's requests go through its service's
 * {@link AdmissionQueue}. Listed before the route's circuit breaker, so that the time limit counts
 * from the request's turn: a rush makes families wait in line, in order, instead of timing out
 * together and opening the circuit. A refused request gets a French 503 problem.
 */
@Component
class AdmissionQueueGatewayFilterFactory extends AbstractGatewayFilterFactory<AdmissionQueueGatewayFilterFactory.Config> {

    static final String CODE = "forte-affluence";

    /** @param name the route id, which names the service and its queue */
    public record Config(String name) {
    }

    private final AdmissionProperties properties;
    private final MeterRegistry meters;
    private final List<HttpMessageWriter<?>> writers;
    private final Map<String, AdmissionQueue> queues = new ConcurrentHashMap<>();

    AdmissionQueueGatewayFilterFactory(AdmissionProperties properties, MeterRegistry meters,
            ServerCodecConfigurer codecs) {
        super(Config.class);
        this.properties = properties;
        this.meters = meters;
        this.writers = codecs.getWriters();
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("name");
    }

    @Override
    public GatewayFilter apply(Config config) {
        BackendService service = BackendService.byRouteId(config.name())
                .orElseThrow(() -> new IllegalArgumentException("No service behind route " + config.name()));
        AdmissionQueue queue = queues.computeIfAbsent(service.routeId(), id -> queue(service));
        Timer waited = Timer.builder("portail.gateway.admission.wait")
                .description("Time a request waited for its turn at its service")
                .tag("service", service.routeId()).publishPercentiles(0.5, 0.95, 0.99).register(meters);
        return (exchange, chain) -> {
            long arrived = System.nanoTime();
            return queue.enter()
                    .flatMap(ticket -> {
                        waited.record(System.nanoTime() - arrived, TimeUnit.NANOSECONDS);
                        return chain.filter(exchange).doFinally(signal -> ticket.giveBack());
                    })
                    // only the queue refuses: nothing downstream raises this
                    .onErrorResume(AdmissionQueue.Refused.class, refused -> {
                        refusals(service, refused).increment();
                        return refuse(exchange, service);
                    });
        };
    }

    private AdmissionQueue queue(BackendService service) {
        AdmissionQueue queue = new AdmissionQueue(service.routeId(), properties.maxInFlight(),
                properties.maxWaiting(), properties.maxWait(), Schedulers.parallel());
        Gauge.builder("portail.gateway.admission.waiting", queue, AdmissionQueue::waiting)
                .description("Requests waiting for their turn at their service").tag("service", service.routeId())
                .register(meters);
        Gauge.builder("portail.gateway.admission.in.flight", queue, AdmissionQueue::inFlight)
                .description("Requests at their service now").tag("service", service.routeId()).register(meters);
        return queue;
    }

    private Counter refusals(BackendService service, AdmissionQueue.Refused refused) {
        return meters.counter("portail.gateway.admission.refused", "service", service.routeId(), "reason",
                refused.queueFull() ? "queue-full" : "waited-too-long");
    }

    private Mono<Void> refuse(ServerWebExchange exchange, BackendService service) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, CODE, "Forte affluence",
                service.busyDetail(), URI.create(OriginalRequestPath.of(exchange)));
        problem.setProperty("service", service.routeId());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(properties.retryAfter().toSeconds()));
        return Problems.write(exchange, problem, headers, writers);
    }
}
