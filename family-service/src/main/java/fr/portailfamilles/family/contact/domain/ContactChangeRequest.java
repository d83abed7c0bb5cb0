package fr.portailfamilles.family.contact.domain;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.Instant;
import java.util.Objects;

/**
 * A family's request to change a guardian's contact details: recorded as pending, then approved
 * or refused by staff (with a reason), or withdrawn by the family. A decision is taken once.
 */
public class ContactChangeRequest {

    private final String id;
    private final String guardianId;
    private final ContactDetails proposed;
    private final String requestedBy;
    private final Instant requestedAt;
    private ContactChangeState state;
    private Instant decidedAt;
    private String decidedBy;
    private String refusalReason;

    ContactChangeRequest(String id, String guardianId, ContactDetails proposed, String requestedBy,
            Instant requestedAt, ContactChangeState state, Instant decidedAt, String decidedBy, String refusalReason) {
        this.id = id;
        this.guardianId = guardianId;
        this.proposed = proposed;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.state = state;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.refusalReason = refusalReason;
    }

    public static ContactChangeRequest pending(String id, String guardianId, ContactDetails proposed,
            String requestedBy, Instant at) {
        Objects.requireNonNull(proposed, "proposed");
        return new ContactChangeRequest(id, guardianId, proposed, requestedBy, at, ContactChangeState.PENDING, null,
                null, null);
    }

    public void approve(String staff, Instant at) {
        decide(ContactChangeState.APPROVED, staff, at);
    }

    public void refuse(String reason, String staff, Instant at) {
        String why = Text.clean(reason);
        if (why == null) {
            throw DomainProblem.invalid("motif-requis", "Indiquez le motif du refus : la famille le verra.");
        }
        decide(ContactChangeState.REFUSED, staff, at);
        refusalReason = why;
    }

    public void withdraw(String by, Instant at) {
        decide(ContactChangeState.WITHDRAWN, by, at);
    }

    public boolean isPending() {
        return state == ContactChangeState.PENDING;
    }

    private void decide(ContactChangeState decision, String by, Instant at) {
        if (!isPending()) {
            throw DomainProblem.conflict("demande-deja-traitee", alreadyDecided());
        }
        state = decision;
        decidedBy = by;
        decidedAt = at;
    }

    private String alreadyDecided() {
        return switch (state) {
            case APPROVED -> "Cette demande de modification a déjà été acceptée.";
            case REFUSED -> "Cette demande de modification a déjà été refusée.";
            case WITHDRAWN -> "Cette demande de modification a été annulée par la famille.";
            case PENDING -> throw new IllegalStateException("a pending request is not decided");
        };
    }

    public String id() {
        return id;
    }

    public String guardianId() {
        return guardianId;
    }

    public ContactDetails proposed() {
        return proposed;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public ContactChangeState state() {
        return state;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String refusalReason() {
        return refusalReason;
    }
}
