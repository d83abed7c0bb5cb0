package fr.portailfamilles.family.file;

import fr.portailfamilles.family.contact.domain.ContactChangeState;
import fr.portailfamilles.family.contact.domain.PostalAddress;
import fr.portailfamilles.family.file.domain.Child;
import fr.portailfamilles.family.file.domain.CompletenessReport;
import fr.portailfamilles.family.file.domain.Family;
import fr.portailfamilles.family.file.domain.FamilyQuotient;
import fr.portailfamilles.family.file.domain.FileState;
import fr.portailfamilles.family.file.domain.Guardian;
import fr.portailfamilles.family.file.domain.GuardianDetails;
import fr.portailfamilles.family.file.domain.HealthNotes;
import fr.portailfamilles.family.file.domain.PickUp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the API shows of a family file. Health notes appear only when the caller may see them. */
public final class FamilyViews {

    private FamilyViews() {
    }

    /** Who is asking decides whether children's health notes are included. */
    public enum Audience {
        /** The family itself: everything about its children. */
        FAMILY,
        /** Staff: health notes only through the audited endpoint. */
        STAFF
    }

    public record FamilyView(String id, String name, FileState state, String stateLabel, Instant createdAt,
            Instant updatedAt, Instant completedAt, List<GuardianView> guardians, List<ChildView> children,
            FamilyQuotient quotient, CompletenessView completeness, long pendingContactChanges) {

        public static FamilyView of(Family family, LocalDate today, Audience audience) {
            String holder = family.accountHolder().id();
            return new FamilyView(family.id(), family.displayName(), family.state(), label(family.state()),
                    family.createdAt(), family.updatedAt(), family.completedAt(),
                    family.guardians().stream().map(g -> GuardianView.of(g, g.id().equals(holder))).toList(),
                    family.children().stream().map(c -> ChildView.of(c, today, audience)).toList(),
                    family.quotient(), CompletenessView.of(family.completeness(today)),
                    family.contactChanges().stream().filter(r -> r.state() == ContactChangeState.PENDING).count());
        }
    }

    public record GuardianView(String id, String firstName, String lastName, String email, PostalAddress address,
            String mobilePhone, String homePhone, String workPhone, String employer, boolean accountHolder) {

        public static GuardianView of(Guardian guardian, boolean accountHolder) {
            GuardianDetails d = guardian.details();
            return new GuardianView(guardian.id(), d.firstName(), d.lastName(), d.email(), d.contact().address(),
                    d.contact().mobilePhone(), d.contact().homePhone(), d.contact().workPhone(), d.employer(),
                    accountHolder);
        }
    }

    /**
     * @param health       null when hidden from this audience
     * @param healthHidden true when staff must open the audited health notes to see them
     */
    public record ChildView(String id, String firstName, String lastName, LocalDate birthDate, Integer age,
            String school, String schoolClass, HealthNotes health, boolean healthHidden, PickUp pickUp,
            Boolean imageConsent, Instant updatedAt) {

        public static ChildView of(Child child, LocalDate today, Audience audience) {
            boolean family = audience == Audience.FAMILY;
            return new ChildView(child.id(), child.identity().firstName(), child.identity().lastName(),
                    child.identity().birthDate(), child.ageOn(today).stream().boxed().findFirst().orElse(null),
                    child.care().school(), child.care().schoolClass(), family ? child.care().health() : null,
                    !family, child.care().pickUp(), child.care().imageConsent(), child.updatedAt());
        }
    }

    public record CompletenessView(boolean complete, List<String> missing, List<String> warnings) {

        static CompletenessView of(CompletenessReport report) {
            return new CompletenessView(report.isComplete(), report.missing(), report.warnings());
        }
    }

    /** A line of the staff's list of families. */
    public record FamilySummary(String id, String name, FileState state, String stateLabel, String accountHolder,
            String email, int children, boolean complete) {

        public static FamilySummary of(Family family, LocalDate today) {
            GuardianDetails holder = family.accountHolder().details();
            return new FamilySummary(family.id(), family.displayName(), family.state(), label(family.state()),
                    holder.firstName() + " " + holder.lastName(), holder.email(), family.children().size(),
                    family.completeness(today).isComplete());
        }
    }

    static String label(FileState state) {
        return switch (state) {
            case INCOMPLETE -> "Dossier incomplet";
            case COMPLETE -> "Dossier complet";
            case ERASED -> "Données effacées";
        };
    }
}
