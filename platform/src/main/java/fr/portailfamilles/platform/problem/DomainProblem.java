package fr.portailfamilles.platform.problem;

import java.util.Map;
import java.util.Objects;

/**
 * A refusal the user must understand: a stable code for machines, a French message for people.
 * Thrown by domain and application code; it carries no HTTP notion so that the domain stays
 * free of the web layer.
 */
public class DomainProblem extends RuntimeException {

    private final ProblemKind kind;
    private final String code;
    private final Map<String, Object> details;

    public DomainProblem(ProblemKind kind, String code, String frenchMessage) {
        this(kind, code, frenchMessage, Map.of());
    }

    public DomainProblem(ProblemKind kind, String code, String frenchMessage, Map<String, Object> details) {
        super(frenchMessage);
        this.kind = Objects.requireNonNull(kind);
        this.code = Objects.requireNonNull(code);
        this.details = Map.copyOf(details);
    }

    public static DomainProblem notFound(String code, String frenchMessage) {
        return new DomainProblem(ProblemKind.NOT_FOUND, code, frenchMessage);
    }

    public static DomainProblem invalid(String code, String frenchMessage) {
        return new DomainProblem(ProblemKind.INVALID, code, frenchMessage);
    }

    public static DomainProblem conflict(String code, String frenchMessage) {
        return new DomainProblem(ProblemKind.CONFLICT, code, frenchMessage);
    }

    public static DomainProblem unprocessable(String code, String frenchMessage) {
        return new DomainProblem(ProblemKind.UNPROCESSABLE, code, frenchMessage);
    }

    public static DomainProblem forbidden(String code, String frenchMessage) {
        return new DomainProblem(ProblemKind.FORBIDDEN, code, frenchMessage);
    }

    public ProblemKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
