package fr.portailfamilles.platform.security;

import fr.portailfamilles.platform.problem.ProblemCodes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * When a token cannot be checked because the identity service's keys cannot be fetched, the
 * caller is not at fault: answer a French 503 problem+json, not a bare 500. Spring Security
 * rethrows such failures on purpose, so they are caught here, around its filter chain.
 */
public class IdentityUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(IdentityUnavailableFilter.class);

    private final JsonMapper json;

    public IdentityUnavailableFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (AuthenticationServiceException | ServletException failure) {
            if (!causedByAuthenticationService(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Token could not be verified, identity service unreachable: {}", failure.getMessage());
            HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                    "Le service d'identification est momentanément indisponible. Merci de réessayer dans quelques instants.");
            problem.setType(URI.create(ProblemCodes.TYPE_BASE + "identification-indisponible"));
            problem.setTitle(status.getReasonPhrase());
            problem.setInstance(URI.create(request.getRequestURI()));
            problem.setProperty("code", "identification-indisponible");
            response.setStatus(status.value());
            response.setHeader("Retry-After", "10");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
        }
    }

    private static boolean causedByAuthenticationService(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthenticationServiceException) {
                return true;
            }
        }
        return false;
    }
}
