package fr.portailfamilles.registration.registration;

import fr.portailfamilles.registration.catalogue.Activities;
import fr.portailfamilles.registration.catalogue.domain.Activity;
import fr.portailfamilles.registration.catalogue.domain.AgeRange;
import fr.portailfamilles.registration.family.KnownFamilies;
import fr.portailfamilles.registration.family.domain.FamilyFile;
import fr.portailfamilles.registration.family.domain.KnownChild;
import fr.portailfamilles.registration.registration.domain.Registration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What staff see when they open a request: the child and the family as this service knows them
 * today (names, age, school, completeness of the file; no health data), the activity's age range,
 * and the child's other registrations.
 */
@Service
class RequestFile {

    private final Registrations registrations;
    private final KnownFamilies families;
    private final Activities activities;

    RequestFile(Registrations registrations, KnownFamilies families, Activities activities) {
        this.registrations = registrations;
        this.families = families;
        this.activities = activities;
    }

    View of(String registrationId) {
        Registration registration = registrations.get(registrationId);
        Optional<KnownChild> child = families.child(registration.child().childId());
        FamilyFile file = families.fileOf(registration.familyId());
        Optional<Activity> activity = activities.find(registration.activity().activityId());
        LocalDate birthDate = child.map(KnownChild::birthDate).orElse(registration.child().birthDate());
        return new View(RegistrationView.forStaff(registration),
                new ChildView(registration.child().childId(),
                        child.map(KnownChild::firstName).orElse(registration.child().firstName()),
                        child.map(KnownChild::lastName).orElse(registration.child().lastName()), birthDate,
                        birthDate == null ? null : AgeRange.ageOn(birthDate, registration.activity().seasonStart()),
                        child.map(KnownChild::school).orElse(null), child.map(KnownChild::schoolClass).orElse(null),
                        child.isPresent()),
                new FamilyView(file.familyId(), file.guardianName(), file.email(), file.isComplete(),
                        file.completedAt()),
                activity.map(a -> new ActivityView(a.id(), a.name(), a.ages().label(), a.autoApprove())).orElse(null),
                registrations.ofChild(registration.child().childId()).stream()
                        .filter(other -> !other.id().equals(registration.id()))
                        .map(RegistrationView::forStaff).toList());
    }

    record View(RegistrationView registration, ChildView child, FamilyView family, ActivityView activity,
            List<RegistrationView> otherRegistrations) {
    }

    /** {@code known}: false when family-service has not told (or no longer tells) about this child. */
    record ChildView(String childId, String firstName, String lastName, LocalDate birthDate,
            Integer ageAtSeasonStart, String school, String schoolClass, boolean known) {
    }

    record FamilyView(String familyId, String guardianName, String email, boolean fileComplete,
            Instant fileCompletedAt) {
    }

    record ActivityView(String id, String name, String ageLabel, boolean autoApprove) {
    }
}
