package fr.portailfamilles.family.contact;

import fr.portailfamilles.family.contact.domain.ContactChangeRequest;
import fr.portailfamilles.family.contact.domain.ContactChangeState;
import fr.portailfamilles.family.contact.domain.ContactDetails;
import fr.portailfamilles.family.file.domain.Family;
import fr.portailfamilles.family.file.domain.Guardian;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** What the API shows of contact details and of the requests to change them. */
public final class ContactViews {

    private ContactViews() {
    }

    public static String label(ContactChangeState state) {
        return switch (state) {
            case PENDING -> "En attente de traitement";
            case APPROVED -> "Acceptée";
            case REFUSED -> "Refusée";
            case WITHDRAWN -> "Annulée";
        };
    }

    /** « Mes coordonnées »: the guardians' details, which one is the caller, and the family's requests. */
    public record MyContactDetails(List<GuardianContact> guardians, List<RequestView> requests) {

        public static MyContactDetails of(Family family, String callerEmail) {
            String mine = family.guardianOf(callerEmail).id();
            return new MyContactDetails(
                    family.guardians().stream().map(g -> GuardianContact.of(g, g.id().equals(mine))).toList(),
                    family.contactChanges().stream()
                            .sorted(Comparator.comparing(ContactChangeRequest::requestedAt).reversed())
                            .map(r -> RequestView.of(family, r)).toList());
        }
    }

    public record GuardianContact(String id, String firstName, String lastName, String email, ContactDetails contact,
            boolean me) {

        static GuardianContact of(Guardian guardian, boolean me) {
            return new GuardianContact(guardian.id(), guardian.details().firstName(), guardian.details().lastName(),
                    guardian.details().email(), guardian.details().contact(), me);
        }
    }

    /**
     * A request, with the guardian's current details so that staff compare before deciding.
     */
    public record RequestView(String id, String familyId, String familyName, String guardianId, String guardianName,
            ContactDetails current, ContactDetails proposed, ContactChangeState state, String stateLabel,
            Instant requestedAt, Instant decidedAt, String refusalReason) {

        public static RequestView of(Family family, ContactChangeRequest request) {
            Guardian guardian = family.guardian(request.guardianId());
            return new RequestView(request.id(), family.id(), family.displayName(), guardian.id(), guardian.fullName(),
                    guardian.details().contact(), request.proposed(), request.state(), label(request.state()),
                    request.requestedAt(), request.decidedAt(), request.refusalReason());
        }
    }
}
