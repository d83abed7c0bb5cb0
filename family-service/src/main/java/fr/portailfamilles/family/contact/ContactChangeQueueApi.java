package fr.portailfamilles.family.contact;

import fr.portailfamilles.family.contact.ContactForms.RefusalForm;
import fr.portailfamilles.family.contact.ContactViews.RequestView;
import fr.portailfamilles.family.contact.domain.ContactChangeRequest;
import fr.portailfamilles.family.contact.domain.ContactChangeState;
import fr.portailfamilles.family.file.domain.Families;
import fr.portailfamilles.family.file.domain.Family;
import fr.portailfamilles.platform.security.CurrentUser;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The staff queue of contact-change requests, oldest first, and their decisions. */
@RestController
@RequestMapping("/api/families/contact-changes")
class ContactChangeQueueApi {

    private final Families families;
    private final ContactChanges changes;

    ContactChangeQueueApi(Families families, ContactChanges changes) {
        this.families = families;
        this.changes = changes;
    }

    @GetMapping
    List<RequestView> queue(@RequestParam(defaultValue = "PENDING") ContactChangeState state, CurrentUser user) {
        user.requireStaff();
        return families.withContactChanges(state.name()).stream()
                .flatMap(family -> family.contactChanges().stream().filter(r -> r.state() == state)
                        .map(r -> RequestView.of(family, r)))
                .sorted(Comparator.comparing(RequestView::requestedAt).thenComparing(RequestView::id))
                .toList();
    }

    @PostMapping("/{requestId}/approval")
    RequestView approve(@PathVariable String requestId, CurrentUser user) {
        user.requireStaff();
        return view(changes.approve(requestId, user.accountId()), requestId);
    }

    @PostMapping("/{requestId}/refusal")
    RequestView refuse(@PathVariable String requestId, @Valid @RequestBody RefusalForm form, CurrentUser user) {
        user.requireStaff();
        return view(changes.refuse(requestId, form.reason(), user.accountId()), requestId);
    }

    private static RequestView view(Family family, String requestId) {
        ContactChangeRequest request = family.contactChange(requestId);
        return RequestView.of(family, request);
    }
}
