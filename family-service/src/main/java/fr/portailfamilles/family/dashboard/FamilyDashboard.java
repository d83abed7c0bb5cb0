package fr.portailfamilles.family.dashboard;

import fr.portailfamilles.family.contact.domain.ContactChangeRequest;
import fr.portailfamilles.family.dashboard.domain.DashboardEntry;
import fr.portailfamilles.family.dashboard.domain.RequestKind;
import fr.portailfamilles.family.dashboard.domain.RequestState;
import fr.portailfamilles.family.dashboard.domain.Transition;
import fr.portailfamilles.family.file.domain.Child;
import fr.portailfamilles.family.file.domain.Families;
import fr.portailfamilles.family.file.domain.Family;
import fr.portailfamilles.family.file.domain.FamilyProblems;
import fr.portailfamilles.family.file.domain.FileState;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/** The dashboard of one family: the projected requests and its own contact-change requests, newest first. */
@Service
public class FamilyDashboard {

    static final Comparator<DashboardLine> NEWEST_FIRST = Comparator.comparing(DashboardLine::sentAt).reversed()
            .thenComparing(DashboardLine::requestId);

    private final Families families;
    private final DashboardEntries entries;

    FamilyDashboard(Families families, DashboardEntries entries) {
        this.families = families;
        this.entries = entries;
    }

    public List<DashboardLine> of(String familyId) {
        Family family = families.findById(familyId).orElseThrow(FamilyProblems::familyNotFound);
        if (family.state() == FileState.ERASED) {
            return List.of();
        }
        return Stream.concat(entries.ofFamily(familyId).stream().map(entry -> line(entry, family)),
                family.contactChanges().stream().map(request -> line(request, family)))
                .sorted(NEWEST_FIRST).toList();
    }

    private static DashboardLine line(DashboardEntry entry, Family family) {
        Transition current = entry.current();
        String child = entry.childFirstName() != null ? entry.childFirstName()
                : family.findChild(entry.childId()).map(Child::identity).map(i -> i.firstName()).orElse(null);
        String activity = entry.activityName() != null ? entry.activityName() : entry.activityId();
        String title = Stream.of(child, activity).filter(s -> s != null).reduce((a, b) -> a + " — " + b).orElse("");
        return new DashboardLine(entry.kind(), entry.kind().label(), entry.requestId(), title, entry.childId(),
                entry.activityId(), activity, current.state(), current.state().label(), current.reason(), current.note(),
                entry.sentAt(), current.at());
    }

    private static DashboardLine line(ContactChangeRequest request, Family family) {
        RequestState state = switch (request.state()) {
            case PENDING -> RequestState.PENDING;
            case APPROVED -> RequestState.ACCEPTED;
            case REFUSED -> RequestState.REFUSED;
            case WITHDRAWN -> RequestState.CANCELLED;
        };
        String guardian = family.guardian(request.guardianId()).fullName();
        return new DashboardLine(RequestKind.CONTACT_CHANGE, RequestKind.CONTACT_CHANGE.label(), request.id(),
                "Coordonnées de " + guardian, null, null, null, state, state.label(), request.refusalReason(), null,
                request.requestedAt(), request.decidedAt() != null ? request.decidedAt() : request.requestedAt());
    }
}
