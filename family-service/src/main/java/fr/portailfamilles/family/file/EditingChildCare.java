package fr.portailfamilles.family.file;

import fr.portailfamilles.family.file.domain.ChildCare;
import fr.portailfamilles.family.file.domain.Family;
import org.springframework.stereotype.Service;

/**
 * A family changes what it may change about its own child: school, class, health notes, who may
 * pick the child up, image consent. Names and birth date go through staff.
 */
@Service
public class EditingChildCare {

    private final FamilyChanges changes;
    private final FamilyClock clock;

    EditingChildCare(FamilyChanges changes, FamilyClock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    public Family change(String familyId, String childId, ChildCare care) {
        return changes.apply(familyId, family -> {
            family.changeChildCare(childId, care, clock.now());
            return family;
        });
    }
}
