package fr.portailfamilles.registration.registration.domain;

import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A child's registration to an activity for a season. A parent's request is sent ({@code ENVOYEE}),
 * then approved or refused once; the parent may withdraw it, pending or approved.
 *
 * <p>{@code activeKey} makes "one live registration per child, activity and season" hold under
 * concurrent requests: while the registration is active it is the same for every request of that
 * child, activity and season (a unique index refuses the second), and once it is closed it
 * becomes the registration's own id, which frees the place for a new request.
 */
@Document(Registration.COLLECTION)
public class Registration {

    public static final String COLLECTION = "registrations";
    public static final String AUTOMATIC = "Validation automatique";

    @Id
    private String id;
    private String familyId;
    private ChildSnapshot child;
    private ActivitySnapshot activity;
    private RegistrationState state;
    private Instant requestedAt;
    private Instant decidedAt;
    private String decidedBy;
    private boolean automatic;
    private String refusalReason;
    private Instant cancelledAt;
    private String cancelledBy;
    private String activeKey;
    private List<OutboxEvent> outbox = new ArrayList<>();
    @Version
    private Long version;

    @PersistenceCreator
    Registration() {
    }

    public static Registration request(String id, String familyId, ChildSnapshot child, ActivitySnapshot activity,
            Instant at) {
        Registration registration = new Registration();
        registration.id = id;
        registration.familyId = familyId;
        registration.child = child;
        registration.activity = activity;
        registration.state = RegistrationState.ENVOYEE;
        registration.requestedAt = at;
        registration.activeKey = activeKey(child.childId(), activity.activityId(), activity.seasonId());
        return registration;
    }

    public static String activeKey(String childId, String activityId, String seasonId) {
        return childId + "|" + activityId + "|" + seasonId;
    }

    public RegistrationRequested requested() {
        return new RegistrationRequested(id, familyId, child, activity, requestedAt);
    }

    public RegistrationApproved approve(Instant at, LocalDate today, String by, boolean automatically) {
        requireUndecided();
        state = RegistrationState.VALIDEE;
        decidedAt = at;
        decidedBy = automatically ? AUTOMATIC : by;
        automatic = automatically;
        LocalDate start = today.isAfter(activity.seasonStart()) ? today : activity.seasonStart();
        return new RegistrationApproved(id, familyId, child, activity, start, activity.seasonEnd(), at, automatically);
    }

    public RegistrationRejected refuse(String reason, Instant at, String by) {
        if (reason == null || reason.isBlank()) {
            throw DomainProblem.invalid("motif-obligatoire", "Indiquez à la famille le motif du refus.");
        }
        if (reason.strip().length() > 500) {
            throw DomainProblem.invalid("motif-trop-long", "Le motif du refus ne doit pas dépasser 500 caractères.");
        }
        requireUndecided();
        state = RegistrationState.REFUSEE;
        decidedAt = at;
        decidedBy = by;
        refusalReason = reason.strip();
        activeKey = id;
        return new RegistrationRejected(id, familyId, child, activity, refusalReason, at);
    }

    /** The parent withdraws a pending request, or ends an approved registration. */
    public RegistrationCancelled cancel(Instant at, String by) {
        if (!state.isActive()) {
            throw DomainProblem.conflict("inscription-deja-close", state == RegistrationState.ANNULEE
                    ? "Cette inscription est déjà annulée."
                    : "Cette demande a été refusée : il n'y a rien à annuler.");
        }
        state = RegistrationState.ANNULEE;
        cancelledAt = at;
        cancelledBy = by;
        activeKey = id;
        return new RegistrationCancelled(id, familyId, child, activity, at);
    }

    /** The family was erased: close what is still live and keep no name or birth date. */
    public Optional<RegistrationCancelled> forgetFamily(Instant at) {
        Optional<RegistrationCancelled> cancelled = state.isActive()
                ? Optional.of(cancel(at, "Effacement des données de la famille"))
                : Optional.empty();
        child = child.erased();
        return cancelled;
    }

    public boolean holdsPlaceFor(String activityId, String seasonId) {
        return state.isActive() && activity.activityId().equals(activityId) && activity.seasonId().equals(seasonId);
    }

    private void requireUndecided() {
        if (state != RegistrationState.ENVOYEE) {
            throw DomainProblem.conflict("demande-deja-traitee", switch (state) {
                case VALIDEE -> "Cette demande a déjà été validée.";
                case REFUSEE -> "Cette demande a déjà été refusée.";
                default -> "Cette demande a été annulée par la famille : elle ne peut plus être traitée.";
            });
        }
    }

    public void enqueue(OutboxEvent event) {
        outbox.add(event);
    }

    public String id() {
        return id;
    }

    public String familyId() {
        return familyId;
    }

    public ChildSnapshot child() {
        return child;
    }

    public ActivitySnapshot activity() {
        return activity;
    }

    public RegistrationState state() {
        return state;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public boolean automatic() {
        return automatic;
    }

    public String refusalReason() {
        return refusalReason;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancelledBy() {
        return cancelledBy;
    }

    public List<OutboxEvent> outbox() {
        return List.copyOf(outbox);
    }
}
