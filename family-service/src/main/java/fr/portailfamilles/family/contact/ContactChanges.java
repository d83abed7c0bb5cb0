package fr.portailfamilles.family.contact;

import fr.portailfamilles.family.contact.domain.ContactChangeRequest;
import fr.portailfamilles.family.contact.domain.ContactDetails;
import fr.portailfamilles.family.file.FamilyChanges;
import fr.portailfamilles.family.file.FamilyClock;
import fr.portailfamilles.family.file.domain.Families;
import fr.portailfamilles.family.file.domain.Family;
import fr.portailfamilles.family.file.domain.FamilyProblems;
import fr.portailfamilles.family.file.domain.Ids;
import org.springframework.stereotype.Service;

/**
 * The life of a contact-change request: a family sends or withdraws it, staff approve or refuse
 * it. The request lives in its family's document, so that an approval changes the guardian,
 * closes the request and queues contact-changed in one write: nothing is ever half-applied.
 */
@Service
public class ContactChanges {

    private final Families families;
    private final FamilyChanges changes;
    private final FamilyClock clock;

    ContactChanges(Families families, FamilyChanges changes, FamilyClock clock) {
        this.families = families;
        this.changes = changes;
        this.clock = clock;
    }

    /** @param guardianId null for the guardian whose login sends the request */
    public ContactChangeRequest request(String familyId, String guardianId, String requesterEmail,
            ContactDetails proposed, String requester) {
        return changes.apply(familyId, family -> {
            String target = guardianId == null ? family.guardianOf(requesterEmail).id() : guardianId;
            return family.requestContactChange(Ids.next(Ids.CONTACT_CHANGE), target, proposed, requester,
                    clock.now());
        });
    }

    public ContactChangeRequest withdraw(String familyId, String requestId, String requester) {
        return changes.apply(familyId, family -> family.withdrawContactChange(requestId, requester, clock.now()));
    }

    public Family approve(String requestId, String staff) {
        return changes.apply(familyOf(requestId), family -> {
            family.approveContactChange(requestId, staff, clock.now());
            return family;
        });
    }

    public Family refuse(String requestId, String reason, String staff) {
        return changes.apply(familyOf(requestId), family -> {
            family.refuseContactChange(requestId, reason, staff, clock.now());
            return family;
        });
    }

    private String familyOf(String requestId) {
        return families.findByContactChange(requestId).map(Family::id).orElseThrow(FamilyProblems::requestNotFound);
    }
}
