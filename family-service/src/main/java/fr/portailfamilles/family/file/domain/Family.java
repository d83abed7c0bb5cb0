package fr.portailfamilles.family.file.domain;

import fr.portailfamilles.family.contact.domain.ContactChangeRequest;
import fr.portailfamilles.family.contact.domain.ContactDetails;
import fr.portailfamilles.family.file.domain.FamilyEvent.ChildCareFlagsChanged;
import fr.portailfamilles.family.file.domain.FamilyEvent.ChildUpdated;
import fr.portailfamilles.family.file.domain.FamilyEvent.ContactChanged;
import fr.portailfamilles.family.file.domain.FamilyEvent.FamilyErased;
import fr.portailfamilles.family.file.domain.FamilyEvent.FileCompleted;
import fr.portailfamilles.family.file.domain.FamilyEvent.GuardianEmailChanged;
import fr.portailfamilles.family.file.domain.FamilyEvent.QuotientChanged;
import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.platform.problem.ProblemKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A family and its file: one or two guardians, the children, the family quotient, and the
 * contact-change requests not yet forgotten. Every change checks the current state and records
 * what happened; the integration events it causes are written into this same document, so one
 * single-document write records the change and what must be told.
 */
@Document(Families.COLLECTION)
public class Family {

    public static final int MAX_GUARDIANS = 2;
    static final int MAX_CHILDREN = 12;
    /** How many ids of events from other services a family remembers; redeliveries come shortly after. */
    static final int APPLIED_EVENTS_KEPT = 100;

    @Id
    private String id;
    private FileState state;
    private List<Guardian> guardians = new ArrayList<>();
    private List<Child> children = new ArrayList<>();
    private FamilyQuotient quotient;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant completedAt;
    private String completedBy;
    private Instant erasedAt;
    private List<ContactChangeRequest> contactChanges = new ArrayList<>();
    private List<OutboxEvent> outbox = new ArrayList<>();
    // ids of the events of other services already applied to this family, saved with the change they made
    private List<String> appliedEvents = new ArrayList<>();
    @Version
    private Long version;
    @Transient
    private final List<FamilyEvent> events = new ArrayList<>();

    @PersistenceCreator
    Family() {
    }

    public static Family open(String id, String guardianId, GuardianDetails guardian, Instant at) {
        Family family = new Family();
        family.id = id;
        family.state = FileState.INCOMPLETE;
        family.createdAt = at;
        family.updatedAt = at;
        family.guardians.add(new Guardian(guardianId, guardian));
        return family;
    }

    public Guardian addGuardian(String guardianId, GuardianDetails details, Instant at) {
        refuseIfErased();
        if (guardians.size() >= MAX_GUARDIANS) {
            throw DomainProblem.unprocessable("deux-responsables-maximum",
                    "Un dossier compte au plus deux responsables légaux.");
        }
        Guardian guardian = new Guardian(guardianId, details);
        guardians.add(guardian);
        touch(at);
        return guardian;
    }

    public void changeGuardian(String guardianId, GuardianDetails details, Instant at) {
        refuseIfErased();
        Guardian guardian = guardian(guardianId);
        String oldEmail = guardian.details().email();
        if (state == FileState.COMPLETE && oldEmail != null && details.email() == null) {
            throw DomainProblem.unprocessable("email-obligatoire", "L'adresse e-mail d'un responsable ne peut pas "
                    + "être effacée d'un dossier complet : elle peut être l'identifiant de connexion de la famille. "
                    + "Indiquez la nouvelle adresse.");
        }
        boolean contactChanged = !guardian.details().contact().equals(details.contact());
        guardian.change(details);
        touch(at);
        if (contactChanged) {
            events.add(new ContactChanged(id, guardianId, at));
        }
        recordEmailChange(guardianId, oldEmail, details.email(), at);
    }

    /**
     * identity-service changed a login of this family: the guardian whose e-mail it was takes the new
     * address, once per event. Never refused: an erased family, a report already applied or an address no
     * guardian has any more change nothing.
     */
    public LoginFollowing followLoginChange(String eventId, String oldEmail, String newEmail, Instant at) {
        if (state == FileState.ERASED || appliedEvents.contains(eventId) || guardianWithEmail(newEmail).isPresent()) {
            return LoginFollowing.ALREADY_DONE;
        }
        Optional<Guardian> holder = guardianWithEmail(oldEmail);
        if (holder.isEmpty()) {
            return LoginFollowing.NOT_IN_FILE;
        }
        Guardian guardian = holder.get();
        String previous = guardian.details().email();
        guardian.change(guardian.details().withEmail(newEmail));
        touch(at);
        recordEmailChange(guardian.id(), previous, guardian.details().email(), at);
        appliedEvents.add(eventId);
        if (appliedEvents.size() > APPLIED_EVENTS_KEPT) {
            appliedEvents.remove(0);
        }
        return LoginFollowing.CHANGED;
    }

    public Child addChild(String childId, ChildIdentity identity, ChildCare care, Instant at) {
        refuseIfErased();
        if (children.size() >= MAX_CHILDREN) {
            throw DomainProblem.unprocessable("trop-d-enfants",
                    "Un dossier compte au plus %d enfants.".formatted(MAX_CHILDREN));
        }
        Child child = new Child(childId, identity, care, at);
        children.add(child);
        touch(at);
        events.add(childUpdated(child, at));
        events.add(new ChildCareFlagsChanged(id, childId, CareFlags.of(child.care().health()), at));
        return child;
    }

    /** Staff: every piece of the child's information, identity included. */
    public void changeChild(String childId, ChildIdentity identity, ChildCare care, Instant at) {
        refuseIfErased();
        Child child = child(childId);
        CareFlags flagsBefore = CareFlags.of(child.care().health());
        if (child.change(identity, care, at)) {
            events.add(childUpdated(child, at));
        }
        CareFlags flags = CareFlags.of(child.care().health());
        if (!flags.equals(flagsBefore)) {
            events.add(new ChildCareFlagsChanged(id, childId, flags, at));
        }
        touch(at);
    }

    /** The family: everything but the child's identity. */
    public void changeChildCare(String childId, ChildCare care, Instant at) {
        changeChild(childId, child(childId).identity(), care, at);
    }

    public void changeQuotient(FamilyQuotient newQuotient, Instant at) {
        refuseIfErased();
        if (newQuotient.equals(quotient)) {
            return;
        }
        quotient = newQuotient;
        touch(at);
        events.add(new QuotientChanged(id, newQuotient, at));
    }

    public CompletenessReport completeness(LocalDate today) {
        return FileCompleteness.check(this, today);
    }

    /** Staff declare the file complete: refused while the rule finds something missing, or twice. */
    public void complete(LocalDate today, String staff, Instant at) {
        refuseIfErased();
        if (state == FileState.COMPLETE) {
            throw DomainProblem.conflict("dossier-deja-complet", "Ce dossier est déjà complet.");
        }
        CompletenessReport report = completeness(today);
        if (!report.isComplete()) {
            throw new DomainProblem(ProblemKind.UNPROCESSABLE, "dossier-incomplet",
                    "Le dossier n'est pas complet : " + String.join(" ", report.missing()),
                    Map.of("manquant", report.missing()));
        }
        state = FileState.COMPLETE;
        completedAt = at;
        completedBy = staff;
        touch(at);
        GuardianDetails holder = accountHolder().details();
        events.add(new FileCompleted(id, holder.email(), holder.firstName(), holder.lastName(), at));
    }

    public ContactChangeRequest requestContactChange(String requestId, String guardianId, ContactDetails proposed,
            String requestedBy, Instant at) {
        refuseIfErased();
        Guardian guardian = guardian(guardianId);
        if (guardian.details().contact().equals(proposed)) {
            throw DomainProblem.invalid("aucune-modification",
                    "Les coordonnées envoyées sont identiques aux coordonnées actuelles.");
        }
        if (contactChanges.stream().anyMatch(r -> r.isPending() && r.guardianId().equals(guardianId))) {
            throw DomainProblem.conflict("demande-deja-en-attente",
                    "Une demande de modification de ces coordonnées est déjà en attente de traitement : "
                            + "annulez-la avant d'en envoyer une nouvelle.");
        }
        ContactChangeRequest request = ContactChangeRequest.pending(requestId, guardianId, proposed, requestedBy, at);
        contactChanges.add(request);
        touch(at);
        return request;
    }

    /** Staff approve: the guardian's contact details become the requested ones. */
    public ContactChangeRequest approveContactChange(String requestId, String staff, Instant at) {
        refuseIfErased();
        ContactChangeRequest request = contactChange(requestId);
        request.approve(staff, at);
        Guardian guardian = guardian(request.guardianId());
        guardian.change(guardian.details().withContact(request.proposed()));
        touch(at);
        events.add(new ContactChanged(id, guardian.id(), at));
        return request;
    }

    public ContactChangeRequest refuseContactChange(String requestId, String reason, String staff, Instant at) {
        refuseIfErased();
        ContactChangeRequest request = contactChange(requestId);
        request.refuse(reason, staff, at);
        touch(at);
        return request;
    }

    public ContactChangeRequest withdrawContactChange(String requestId, String by, Instant at) {
        refuseIfErased();
        ContactChangeRequest request = contactChange(requestId);
        request.withdraw(by, at);
        touch(at);
        return request;
    }

    /** Forgets everything personal; only the ids stay, so that other services can follow. */
    public void erase(Instant at) {
        refuseIfErased();
        guardians.forEach(Guardian::anonymise);
        children.forEach(child -> child.anonymise(at));
        quotient = null;
        contactChanges.clear();
        completedBy = null;
        state = FileState.ERASED;
        erasedAt = at;
        touch(at);
        events.add(new FamilyErased(id, at));
    }

    /** The events recorded since the family was loaded, handed over once. */
    public List<FamilyEvent> takeEvents() {
        List<FamilyEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    /** Adds an integration event to publish, written with this document. */
    public void queue(OutboxEvent event) {
        outbox.add(event);
    }

    /** The guardian who holds the account: the first one the service can reach. */
    public Guardian accountHolder() {
        return guardians.stream().filter(Guardian::isReachable).findFirst().orElse(guardians.get(0));
    }

    /** The guardian a parent's login designates, else the account holder. */
    public Guardian guardianOf(String email) {
        return guardians.stream().filter(g -> email != null && email.equalsIgnoreCase(g.details().email()))
                .findFirst().orElseGet(this::accountHolder);
    }

    public Guardian guardian(String guardianId) {
        return guardians.stream().filter(g -> g.id().equals(guardianId)).findFirst()
                .orElseThrow(FamilyProblems::guardianNotFound);
    }

    public Child child(String childId) {
        return findChild(childId).orElseThrow(FamilyProblems::childNotFound);
    }

    public Optional<Child> findChild(String childId) {
        return children.stream().filter(c -> c.id().equals(childId)).findFirst();
    }

    public ContactChangeRequest contactChange(String requestId) {
        return contactChanges.stream().filter(r -> r.id().equals(requestId)).findFirst()
                .orElseThrow(FamilyProblems::requestNotFound);
    }

    private void recordEmailChange(String guardianId, String oldEmail, String newEmail, Instant at) {
        if (oldEmail != null && newEmail != null && !oldEmail.equals(newEmail)) {
            events.add(new GuardianEmailChanged(id, guardianId, oldEmail, newEmail, at));
        }
    }

    private Optional<Guardian> guardianWithEmail(String email) {
        return guardians.stream().filter(g -> email != null && email.equalsIgnoreCase(g.details().email())).findFirst();
    }

    private ChildUpdated childUpdated(Child child, Instant at) {
        return new ChildUpdated(id, child.id(), child.identity(), child.care().school(), child.care().schoolClass(), at);
    }

    private void refuseIfErased() {
        if (state == FileState.ERASED) {
            throw FamilyProblems.erased();
        }
    }

    private void touch(Instant at) {
        updatedAt = at;
    }

    public String id() {
        return id;
    }

    public FileState state() {
        return state;
    }

    public List<Guardian> guardians() {
        return List.copyOf(guardians);
    }

    public List<Child> children() {
        return List.copyOf(children);
    }

    public FamilyQuotient quotient() {
        return quotient;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    public List<ContactChangeRequest> contactChanges() {
        return List.copyOf(contactChanges);
    }

    public List<OutboxEvent> outbox() {
        return List.copyOf(outbox);
    }

    /** A display name for lists: « Famille Martin ». */
    public String displayName() {
        return "Famille " + guardians.get(0).details().lastName();
    }
}
