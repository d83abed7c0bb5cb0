package fr.portailfamilles.family.privacy;

import fr.portailfamilles.family.file.FamilyClock;
import fr.portailfamilles.family.file.domain.Child;
import fr.portailfamilles.family.file.domain.Families;
import fr.portailfamilles.family.file.domain.FamilyProblems;
import fr.portailfamilles.family.file.domain.HealthNotes;
import fr.portailfamilles.family.file.domain.Ids;
import fr.portailfamilles.family.privacy.domain.HealthNoteRead;
import fr.portailfamilles.family.privacy.domain.HealthNoteReads;
import fr.portailfamilles.platform.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Gives a child's health notes to the family or to staff. A staff read is recorded in the audit
 * trail before the notes are returned: if the trail cannot be written, the notes are not shown.
 */
@Service
public class HealthNotesAccess {

    private final Families families;
    private final HealthNoteReads reads;
    private final FamilyClock clock;

    HealthNotesAccess(Families families, HealthNoteReads reads, FamilyClock clock) {
        this.families = families;
        this.reads = reads;
        this.clock = clock;
    }

    public record ChildHealth(String childId, String firstName, String lastName, HealthNotes health) {
    }

    public ChildHealth read(String familyId, String childId, CurrentUser reader) {
        reader.requireAccessTo(familyId);
        Child child = families.findById(familyId).orElseThrow(FamilyProblems::familyNotFound).child(childId);
        if (reader.isStaff()) {
            reads.record(new HealthNoteRead(Ids.next("hnr"), familyId, childId, reader.accountId(),
                    reader.name() != null ? reader.name() : reader.email(), clock.now()));
        }
        return new ChildHealth(child.id(), child.identity().firstName(), child.identity().lastName(),
                child.care().health());
    }
}
