package fr.portailfamilles.gateway.problem;

import java.net.URI;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

/**
 * Answers every error raised by the gateway itself as problem+json. A browser asking for a page
 * (not an {@code /api/} path) is left to Boot's error handler, which renders the French HTML
 * error pages. It is a plain {@link WebExceptionHandler}, not an {@code ErrorWebExceptionHandler},
 * so that Boot keeps its own handler for those pages.
 */
@Component
@Order(-2)
class ProblemJsonExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemJsonExceptionHandler.class);

    private final List<HttpMessageWriter<?>> writers;

    ProblemJsonExceptionHandler(ServerCodecConfigurer codecs) {
        this.writers = codecs.getWriters();
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpRequest request = exchange.getRequest();
        if (exchange.getResponse().isCommitted() || isPageRequest(request)) {
            return Mono.error(failure);
        }
        HttpStatusCode status = statusOf(failure);
        ProblemDetail problem = Problems.forStatus(status, URI.create(request.getPath().value()));
        return TracedLogging.log(() -> logFailure(request, status, failure))
                .then(Problems.write(exchange, problem, headersOf(failure), writers));
    }

    private static boolean isPageRequest(ServerHttpRequest request) {
        if (request.getPath().value().startsWith("/api/")) {
            return false;
        }
        return request.getHeaders().getAccept().stream()
                .anyMatch(type -> !type.isWildcardType() && type.isCompatibleWith(MediaType.TEXT_HTML));
    }

    private static HttpStatusCode statusOf(Throwable failure) {
        return failure instanceof ErrorResponse response ? response.getStatusCode() : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static HttpHeaders headersOf(Throwable failure) {
        return failure instanceof ErrorResponse response ? response.getHeaders() : HttpHeaders.EMPTY;
    }

    private static void logFailure(ServerHttpRequest request, HttpStatusCode status, Throwable failure) {
        if (status.is5xxServerError()) {
            log.error("Erreur {} sur {} {}", status.value(), request.getMethod(), request.getPath(), failure);
        } else {
            log.debug("Erreur {} sur {} {} : {}", status.value(), request.getMethod(), request.getPath(), failure.toString());
        }
    }
}
