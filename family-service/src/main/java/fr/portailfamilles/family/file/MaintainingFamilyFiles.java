package fr.portailfamilles.family.file;

import fr.portailfamilles.family.file.domain.ChildCare;
import fr.portailfamilles.family.file.domain.ChildIdentity;
import fr.portailfamilles.family.file.domain.Families;
import fr.portailfamilles.family.file.domain.Family;
import fr.portailfamilles.family.file.domain.FamilyQuotient;
import fr.portailfamilles.family.file.domain.GuardianDetails;
import fr.portailfamilles.family.file.domain.Ids;
import fr.portailfamilles.platform.problem.DomainProblem;
import org.springframework.stereotype.Service;

/** Staff keep the family files: open one, record guardians, children and quotient, declare it complete. */
@Service
public class MaintainingFamilyFiles {

    private final Families families;
    private final FamilyChanges changes;
    private final FamilyClock clock;

    MaintainingFamilyFiles(Families families, FamilyChanges changes, FamilyClock clock) {
        this.families = families;
        this.changes = changes;
        this.clock = clock;
    }

    public Family open(GuardianDetails guardian, FamilyQuotient quotient) {
        String familyId = Ids.next(Ids.FAMILY);
        refuseEmailOfAnotherFamily(guardian, familyId);
        Family family = Family.open(familyId, Ids.next(Ids.GUARDIAN), guardian, clock.now());
        if (quotient != null) {
            family.changeQuotient(quotient.checkedOn(clock.today()), clock.now());
        }
        return changes.create(family);
    }

    public Family addGuardian(String familyId, GuardianDetails guardian) {
        refuseEmailOfAnotherFamily(guardian, familyId);
        return changes.apply(familyId, family -> {
            family.addGuardian(Ids.next(Ids.GUARDIAN), guardian, clock.now());
            return family;
        });
    }

    public Family changeGuardian(String familyId, String guardianId, GuardianDetails guardian) {
        refuseEmailOfAnotherFamily(guardian, familyId);
        return changes.apply(familyId, family -> {
            family.changeGuardian(guardianId, guardian, clock.now());
            return family;
        });
    }

    public Family addChild(String familyId, ChildIdentity identity, ChildCare care) {
        ChildIdentity checked = identity.checkedOn(clock.today());
        return changes.apply(familyId, family -> {
            family.addChild(Ids.next(Ids.CHILD), checked, care, clock.now());
            return family;
        });
    }

    public Family changeChild(String familyId, String childId, ChildIdentity identity, ChildCare care) {
        ChildIdentity checked = identity.checkedOn(clock.today());
        return changes.apply(familyId, family -> {
            family.changeChild(childId, checked, care, clock.now());
            return family;
        });
    }

    public Family changeQuotient(String familyId, FamilyQuotient quotient) {
        FamilyQuotient checked = quotient.checkedOn(clock.today());
        return changes.apply(familyId, family -> {
            family.changeQuotient(checked, clock.now());
            return family;
        });
    }

    public Family complete(String familyId, String staff) {
        return changes.apply(familyId, family -> {
            family.complete(clock.today(), staff, clock.now());
            return family;
        });
    }

    private void refuseEmailOfAnotherFamily(GuardianDetails guardian, String familyId) {
        if (guardian.email() != null && families.emailUsedElsewhere(guardian.email(), familyId)) {
            throw DomainProblem.conflict("email-deja-utilise",
                    "L'adresse e-mail « %s » est déjà celle d'un responsable d'une autre famille : "
                            .formatted(guardian.email()) + "elle sert d'identifiant et doit être unique.");
        }
    }
}
