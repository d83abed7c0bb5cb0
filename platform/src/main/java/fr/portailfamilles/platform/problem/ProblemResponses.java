package fr.portailfamilles.platform.problem;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of a service into {@code application/problem+json}: domain problems keep
 * their code and French message, framework errors get the French message of their status, and
 * anything unexpected becomes a 500 whose detail reveals nothing internal.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(DomainProblem.class)
    ResponseEntity<Object> onDomainProblem(DomainProblem problem, NativeWebRequest request) {
        ProblemDetail body = problem(statusOf(problem.kind()), problem.code(), problem.getMessage(), request);
        problem.details().forEach(body::setProperty);
        return respond(body);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> onConstraintViolation(ConstraintViolationException ex, NativeWebRequest request) {
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "donnees-invalides",
                "Certaines données envoyées sont invalides.", request);
        body.setProperty("erreurs", ex.getConstraintViolations().stream()
                .map(v -> Map.of("champ", v.getPropertyPath().toString(), "message", v.getMessage()))
                .toList());
        return respond(body);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> onTypeMismatch(MethodArgumentTypeMismatchException ex, NativeWebRequest request) {
        return respond(problem(HttpStatus.BAD_REQUEST, "parametre-invalide",
                "La valeur « %s » n'est pas valide pour le paramètre « %s ».".formatted(ex.getValue(), ex.getName()),
                request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> onUnexpected(Exception ex, NativeWebRequest request) {
        log.error("Unexpected error on {}", request.getDescription(false), ex);
        HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
        return respond(problem(status, ProblemCodes.codeFor(status), ProblemCodes.frenchMessageFor(status), request));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = problem(status, "donnees-invalides", "Certaines données envoyées sont invalides.", request);
        body.setProperty("erreurs", fieldErrors(ex.getBindingResult().getFieldErrors()));
        return respond(body);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = problem(status, "donnees-invalides", "Certaines données envoyées sont invalides.", request);
        body.setProperty("erreurs", ex.getAllErrors().stream()
                .map(error -> Map.of("message", String.valueOf(error.getDefaultMessage())))
                .toList());
        return respond(body);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (statusCode.is5xxServerError()) {
            log.error("Server error on {}", request.getDescription(false), ex);
        }
        return respond(problem(statusCode, ProblemCodes.codeFor(statusCode), ProblemCodes.frenchMessageFor(statusCode),
                request));
    }

    static HttpStatus statusOf(ProblemKind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    private static List<Map<String, String>> fieldErrors(List<FieldError> errors) {
        return errors.stream()
                .map(error -> Map.of("champ", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
    }

    private static ProblemDetail problem(HttpStatusCode status, String code, String frenchDetail, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, frenchDetail);
        body.setType(URI.create(ProblemCodes.TYPE_BASE + code));
        body.setTitle(titleOf(status));
        body.setProperty("code", code);
        String path = request.getDescription(false).replaceFirst("^uri=", "");
        body.setInstance(URI.create(path));
        return body;
    }

    private static String titleOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "Error";
    }

    private static ResponseEntity<Object> respond(ProblemDetail body) {
        return ResponseEntity.status(body.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
