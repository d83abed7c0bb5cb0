package fr.portailfamilles.family.file;

import fr.portailfamilles.family.file.FamilyViews.Audience;
import fr.portailfamilles.family.file.FamilyViews.FamilySummary;
import fr.portailfamilles.family.file.FamilyViews.FamilyView;
import fr.portailfamilles.family.file.FileForms.ChildForm;
import fr.portailfamilles.family.file.FileForms.GuardianForm;
import fr.portailfamilles.family.file.FileForms.NewFamilyForm;
import fr.portailfamilles.family.file.FileForms.QuotientForm;
import fr.portailfamilles.family.file.domain.Families;
import fr.portailfamilles.family.file.domain.Family;
import fr.portailfamilles.family.file.domain.FamilyProblems;
import fr.portailfamilles.platform.security.CurrentUser;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The family files as staff keep them; a parent may only read their own. */
@RestController
@RequestMapping("/api/families")
class FamilyFileApi {

    private final Families families;
    private final MaintainingFamilyFiles maintaining;
    private final FamilyClock clock;

    FamilyFileApi(Families families, MaintainingFamilyFiles maintaining, FamilyClock clock) {
        this.families = families;
        this.maintaining = maintaining;
        this.clock = clock;
    }

    @GetMapping
    List<FamilySummary> search(@RequestParam(name = "q", required = false) String text, CurrentUser user) {
        user.requireStaff();
        return families.search(text).stream().map(f -> FamilySummary.of(f, clock.today())).toList();
    }

    @PostMapping
    ResponseEntity<FamilyView> open(@Valid @RequestBody NewFamilyForm form, CurrentUser user) {
        user.requireStaff();
        Family family = maintaining.open(form.guardian().toDomain(),
                form.quotient() == null ? null : form.quotient().toDomain());
        return ResponseEntity.created(URI.create("/api/families/" + family.id())).body(staffView(family));
    }

    @GetMapping(FamilyPaths.FAMILY)
    FamilyView file(@PathVariable String familyId, CurrentUser user) {
        user.requireAccessTo(familyId);
        Family family = families.findById(familyId).orElseThrow(FamilyProblems::familyNotFound);
        return FamilyView.of(family, clock.today(), user.isStaff() ? Audience.STAFF : Audience.FAMILY);
    }

    @PostMapping(FamilyPaths.FAMILY + "/guardians")
    ResponseEntity<FamilyView> addGuardian(@PathVariable String familyId, @Valid @RequestBody GuardianForm form,
            CurrentUser user) {
        user.requireStaff();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(staffView(maintaining.addGuardian(familyId, form.toDomain())));
    }

    @PutMapping(FamilyPaths.FAMILY + "/guardians/{guardianId}")
    FamilyView changeGuardian(@PathVariable String familyId, @PathVariable String guardianId,
            @Valid @RequestBody GuardianForm form, CurrentUser user) {
        user.requireStaff();
        return staffView(maintaining.changeGuardian(familyId, guardianId, form.toDomain()));
    }

    @PostMapping(FamilyPaths.FAMILY + "/children")
    ResponseEntity<FamilyView> addChild(@PathVariable String familyId, @Valid @RequestBody ChildForm form,
            CurrentUser user) {
        user.requireStaff();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(staffView(maintaining.addChild(familyId, form.identity(), form.care())));
    }

    @PutMapping(FamilyPaths.FAMILY + "/children/{childId}")
    FamilyView changeChild(@PathVariable String familyId, @PathVariable String childId,
            @Valid @RequestBody ChildForm form, CurrentUser user) {
        user.requireStaff();
        return staffView(maintaining.changeChild(familyId, childId, form.identity(), form.care()));
    }

    @PutMapping(FamilyPaths.FAMILY + "/quotient")
    FamilyView changeQuotient(@PathVariable String familyId, @Valid @RequestBody QuotientForm form, CurrentUser user) {
        user.requireStaff();
        return staffView(maintaining.changeQuotient(familyId, form.toDomain()));
    }

    /** Declares the file complete: publishes file-completed, which opens the family's account. */
    @PostMapping(FamilyPaths.FAMILY + "/completion")
    FamilyView complete(@PathVariable String familyId, CurrentUser user) {
        user.requireStaff();
        return staffView(maintaining.complete(familyId, user.accountId()));
    }

    private FamilyView staffView(Family family) {
        return FamilyView.of(family, clock.today(), Audience.STAFF);
    }
}
