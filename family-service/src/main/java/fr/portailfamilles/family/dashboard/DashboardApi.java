package fr.portailfamilles.family.dashboard;

import fr.portailfamilles.family.file.FamilyPaths;
import fr.portailfamilles.platform.security.CurrentUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** « Mon tableau de bord », and the same history for staff. */
@RestController
@RequestMapping("/api/families")
class DashboardApi {

    private final FamilyDashboard dashboard;

    DashboardApi(FamilyDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/me/dashboard")
    List<DashboardLine> myDashboard(CurrentUser user) {
        return dashboard.of(user.requireOwnFamily());
    }

    @GetMapping(FamilyPaths.FAMILY + "/dashboard")
    List<DashboardLine> dashboard(@PathVariable String familyId, CurrentUser user) {
        user.requireAccessTo(familyId);
        return dashboard.of(familyId);
    }
}
