package fr.portailfamilles.gateway.routing;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import fr.portailfamilles.gateway.problem.Problems;
import fr.portailfamilles.gateway.problem.TracedLogging;

import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker forwards when its service is down, too slow, or the circuit is
 * open: a 503 that tells the user the truth, whatever the HTTP method of the failed request.
 */
@RestController
class ServiceUnavailableFallback {

    static final String CODE = "service-indisponible";

    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableFallback.class);

    private final FallbackProperties properties;

    ServiceUnavailableFallback(FallbackProperties properties) {
        this.properties = properties;
    }

    @RequestMapping("/fallback/{routeId}")
    Mono<ResponseEntity<ProblemDetail>> serviceUnavailable(@PathVariable String routeId, ServerWebExchange exchange) {
        BackendService service = BackendService.byRouteId(routeId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String failedPath = OriginalRequestPath.of(exchange);
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);

        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, CODE, "Service momentanément indisponible",
                service.unavailableDetail(), URI.create(failedPath));
        problem.setProperty("service", service.routeId());
        return TracedLogging.log(() -> logCause(service, failedPath, cause))
                .thenReturn(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .header(HttpHeaders.RETRY_AFTER, String.valueOf(properties.retryAfter().toSeconds()))
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(problem));
    }

    private static void logCause(BackendService service, String failedPath, Throwable cause) {
        log.warn("Service {} indisponible pour {} : {}", service.routeId(), failedPath,
                cause == null ? "cause inconnue" : cause.toString());
    }
}
