package fr.portailfamilles.family.contact;

import fr.portailfamilles.family.contact.ContactForms.ContactChangeForm;
import fr.portailfamilles.family.contact.ContactViews.MyContactDetails;
import fr.portailfamilles.family.contact.ContactViews.RequestView;
import fr.portailfamilles.family.contact.domain.ContactChangeRequest;
import fr.portailfamilles.family.contact.domain.ContactDetails;
import fr.portailfamilles.family.file.domain.Families;
import fr.portailfamilles.family.file.domain.Family;
import fr.portailfamilles.family.file.domain.FamilyProblems;
import fr.portailfamilles.platform.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** « Mes coordonnées »: read them, ask to change them, withdraw a pending request. */
@RestController
@RequestMapping("/api/families/me")
class MyContactDetailsApi {

    private final Families families;
    private final ContactChanges changes;

    MyContactDetailsApi(Families families, ContactChanges changes) {
        this.families = families;
        this.changes = changes;
    }

    @GetMapping("/contact-details")
    MyContactDetails myContactDetails(CurrentUser user) {
        return MyContactDetails.of(own(user), user.email());
    }

    /** A request, not a change: 202, the state follows on the dashboard. */
    @PostMapping("/contact-changes")
    ResponseEntity<RequestView> request(@Valid @RequestBody ContactChangeForm form, CurrentUser user) {
        String familyId = user.requireOwnFamily();
        ContactDetails proposed = form.toDomain();
        ContactChangeRequest request = changes.request(familyId, form.guardianId(), user.email(), proposed,
                user.accountId());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(RequestView.of(own(user), request));
    }

    @PostMapping("/contact-changes/{requestId}/withdrawal")
    RequestView withdraw(@PathVariable String requestId, CurrentUser user) {
        ContactChangeRequest request = changes.withdraw(user.requireOwnFamily(), requestId, user.accountId());
        return RequestView.of(own(user), request);
    }

    private Family own(CurrentUser user) {
        return families.findById(user.requireOwnFamily()).orElseThrow(FamilyProblems::familyNotFound);
    }
}
