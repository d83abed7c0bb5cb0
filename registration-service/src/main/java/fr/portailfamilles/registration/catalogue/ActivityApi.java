package fr.portailfamilles.registration.catalogue;

import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.platform.security.CurrentUser;
import fr.portailfamilles.registration.catalogue.domain.Activity;
import fr.portailfamilles.registration.family.KnownFamilies;
import fr.portailfamilles.registration.family.domain.KnownChild;
import fr.portailfamilles.registration.support.TownTime;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue: every signed-in user reads it, staff change it. */
@RestController
@RequestMapping("/api/registrations/activities")
class ActivityApi {

    private final Activities activities;
    private final ManagingCatalogue catalogue;
    private final KnownFamilies families;
    private final TownTime time;

    ActivityApi(Activities activities, ManagingCatalogue catalogue, KnownFamilies families, TownTime time) {
        this.activities = activities;
        this.catalogue = catalogue;
        this.families = families;
        this.time = time;
    }

    /**
     * All activities, or with {@code childId} only those the child may be registered to now:
     * the age fits and the season is not over.
     */
    @GetMapping
    List<ActivityView> list(@RequestParam(required = false) String childId, CurrentUser user) {
        LocalDate today = time.today();
        if (childId == null) {
            return activities.all().stream().map(activity -> ActivityView.of(activity, today)).toList();
        }
        KnownChild child = families.child(childId)
                .filter(known -> user.isStaff() || user.familyId().filter(known::belongsTo).isPresent())
                .orElseThrow(() -> DomainProblem.notFound("enfant-introuvable", "Cet enfant est introuvable."));
        return activities.all().stream()
                .filter(activity -> activity.takesRegistrationsOn(today))
                .filter(activity -> child.birthDate() != null && activity.admitsChildBornOn(child.birthDate()))
                .map(activity -> ActivityView.of(activity, today)).toList();
    }

    @GetMapping("/{id}")
    ActivityView one(@PathVariable String id) {
        return ActivityView.of(activities.get(id), time.today());
    }

    @PostMapping
    ResponseEntity<ActivityView> create(@RequestBody ActivityForm form, CurrentUser user) {
        user.requireStaff();
        Activity created = catalogue.create(form.id(), form.requireSeason(), form.toDefinition());
        return ResponseEntity.created(URI.create("/api/registrations/activities/" + created.id()))
                .body(ActivityView.of(created, time.today()));
    }

    @PutMapping("/{id}")
    ActivityView revise(@PathVariable String id, @RequestBody ActivityForm form, CurrentUser user) {
        user.requireStaff();
        return ActivityView.of(catalogue.revise(id, form.updatedAt(), form.requireSeason(), form.toDefinition()),
                time.today());
    }
}
