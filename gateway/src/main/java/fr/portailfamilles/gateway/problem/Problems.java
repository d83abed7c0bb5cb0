package fr.portailfamilles.gateway.problem;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

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
}
