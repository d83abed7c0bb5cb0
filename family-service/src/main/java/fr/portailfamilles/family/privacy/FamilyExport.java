package fr.portailfamilles.family.privacy;

import fr.portailfamilles.family.contact.ContactViews.MyContactDetails;
import fr.portailfamilles.family.dashboard.DashboardLine;
import fr.portailfamilles.family.dashboard.FamilyDashboard;
import fr.portailfamilles.family.file.FamilyClock;
import fr.portailfamilles.family.file.FamilyViews.Audience;
import fr.portailfamilles.family.file.FamilyViews.FamilyView;
import fr.portailfamilles.family.file.domain.Families;
import fr.portailfamilles.family.file.domain.Family;
import fr.portailfamilles.family.file.domain.FamilyProblems;
import fr.portailfamilles.family.privacy.domain.HealthNoteRead;
import fr.portailfamilles.family.privacy.domain.HealthNoteReads;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/** Everything this service holds about a family, for the family's right of access. */
@Service
public class FamilyExport {

    private final Families families;
    private final FamilyDashboard dashboard;
    private final HealthNoteReads reads;
    private final FamilyClock clock;

    FamilyExport(Families families, FamilyDashboard dashboard, HealthNoteReads reads, FamilyClock clock) {
        this.families = families;
        this.dashboard = dashboard;
        this.reads = reads;
        this.clock = clock;
    }

    /**
     * @param family          the file, health notes included
     * @param contactDetails  the guardians' contact details and every contact-change request
     * @param requests        the dashboard: every request followed for the family
     * @param healthNoteReads who among staff read the children's health notes, and when
     */
    public record Export(String service, Instant generatedAt, FamilyView family, MyContactDetails contactDetails,
            List<DashboardLine> requests, List<HealthNoteRead> healthNoteReads) {
    }

    public Export of(String familyId, String callerEmail) {
        Family family = families.findById(familyId).orElseThrow(FamilyProblems::familyNotFound);
        return new Export("family-service", clock.now(), FamilyView.of(family, clock.today(), Audience.FAMILY),
                MyContactDetails.of(family, callerEmail), dashboard.of(familyId), reads.ofFamily(familyId));
    }
}
