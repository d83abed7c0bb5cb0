package fr.portailfamilles.family.privacy;

import fr.portailfamilles.family.file.FamilyChanges;
import fr.portailfamilles.family.file.FamilyClock;
import fr.portailfamilles.family.file.domain.Family;
import org.springframework.stereotype.Service;

/**
 * Staff erase a family that left: its file is anonymised and family-erased is published in the
 * same write; the other services, and this service's dashboard, follow that event.
 */
@Service
public class ErasingFamilies {

    private final FamilyChanges changes;
    private final FamilyClock clock;

    ErasingFamilies(FamilyChanges changes, FamilyClock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    public Family erase(String familyId) {
        return changes.apply(familyId, family -> {
            family.erase(clock.now());
            return family;
        });
    }
}
