package fr.portailfamilles.gateway.problem;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Builds the gateway's problem documents. The type URIs and codes are the same as the services'
 * (see the platform module), so that a client handles an error the same way whoever raised it.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://portail-familles.fr/problemes/";

    private Problems() {
    }

    /** A problem with an explicit code, title and French detail. */
    public static ProblemDetail of(HttpStatusCode status, String code, String title, String detail, URI instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(title);
        problem.setInstance(instance);
        problem.setProperty("code", code);
        return problem;
    }

    /** The standard problem for a status when nothing more specific is known. */
    public static ProblemDetail forStatus(HttpStatusCode status, URI instance) {
        StandardProblem standard = StandardProblem.forStatus(status);
        return of(status, standard.code(), standard.title(), standard.detail(), instance);
    }

    /** Writes {@code problem} as the exchange's answer, with its status and {@code headers}. */
    public static Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem, HttpHeaders headers,
            List<HttpMessageWriter<?>> writers) {
        return ServerResponse.status(problem.getStatus())
                .headers(all -> all.addAll(headers))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem)
                .flatMap(response -> response.writeTo(exchange, new WritersOnly(writers)));
    }

    private record WritersOnly(List<HttpMessageWriter<?>> messageWriters) implements ServerResponse.Context {

        @Override
        public List<ViewResolver> viewResolvers() {
            return List.of();
        }
    }
}
