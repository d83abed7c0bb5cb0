package fr.portailfamilles.platform.problem;

/** What kind of refusal a domain problem is; the web layer maps each kind to an HTTP status. */
public enum ProblemKind {
    /** The input is malformed or breaks a rule of the request itself (400). */
    INVALID,
    /** The caller is known but may not do this (403). */
    FORBIDDEN,
    /** The thing asked for does not exist, or is not the caller's to see (404). */
    NOT_FOUND,
    /** The request clashes with the current state, e.g. a duplicate or a decision already taken (409). */
    CONFLICT,
    /** The request is well formed but a business rule refuses it, e.g. past a deadline (422). */
    UNPROCESSABLE,
    /** A service this request needs is not available right now (503). */
    UNAVAILABLE
}
