package fr.portailfamilles.family.file;

import fr.portailfamilles.family.file.FamilyViews.Audience;
import fr.portailfamilles.family.file.FamilyViews.ChildView;
import fr.portailfamilles.family.file.FamilyViews.FamilyView;
import fr.portailfamilles.family.file.FileForms.ChildCareForm;
import fr.portailfamilles.family.file.domain.Families;
import fr.portailfamilles.family.file.domain.Family;
import fr.portailfamilles.family.file.domain.FamilyProblems;
import fr.portailfamilles.platform.security.CurrentUser;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** « Ma famille »: the caller's family, known from the token, never from a path the caller could change. */
@RestController
@RequestMapping("/api/families/me")
class MyFamilyApi {

    private final Families families;
    private final EditingChildCare editing;
    private final FamilyClock clock;

    MyFamilyApi(Families families, EditingChildCare editing, FamilyClock clock) {
        this.families = families;
        this.editing = editing;
        this.clock = clock;
    }

    @GetMapping
    FamilyView myFamily(CurrentUser user) {
        return FamilyView.of(own(user), clock.today(), Audience.FAMILY);
    }

    @GetMapping("/children")
    List<ChildView> myChildren(CurrentUser user) {
        return own(user).children().stream().map(c -> ChildView.of(c, clock.today(), Audience.FAMILY)).toList();
    }

    @PutMapping("/children/{childId}")
    ChildView changeChild(@PathVariable String childId, @Valid @RequestBody ChildCareForm form, CurrentUser user) {
        String familyId = user.requireOwnFamily();
        Family family = editing.change(familyId, childId, form.toDomain());
        return ChildView.of(family.child(childId), clock.today(), Audience.FAMILY);
    }

    private Family own(CurrentUser user) {
        return families.findById(user.requireOwnFamily()).orElseThrow(FamilyProblems::familyNotFound);
    }
}
