package fr.portailfamilles.registration.registration;

import fr.portailfamilles.platform.security.CurrentUser;
import fr.portailfamilles.registration.registration.domain.Registration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** « Mes inscriptions »: a parent requests, follows and withdraws the registrations of their children. */
@RestController
@RequestMapping("/api/registrations")
class ParentRegistrationApi {

    private final RequestingRegistration requesting;
    private final CancellingRegistration cancelling;
    private final MyRegistrations mine;
    private final Registrations registrations;

    ParentRegistrationApi(RequestingRegistration requesting, CancellingRegistration cancelling, MyRegistrations mine,
            Registrations registrations) {
        this.requesting = requesting;
        this.cancelling = cancelling;
        this.mine = mine;
        this.registrations = registrations;
    }

    /** Answers at once with the request as sent; the decision follows as an event. */
    @PostMapping
    ResponseEntity<RegistrationView> request(@Valid @RequestBody RegistrationRequest body, CurrentUser user) {
        Registration registration = requesting.request(user.requireOwnFamily(), body.childId(), body.activityId());
        return ResponseEntity.accepted().location(URI.create("/api/registrations/" + registration.id()))
                .body(RegistrationView.forParent(registration));
    }

    @GetMapping("/me")
    MyRegistrations.View myRegistrations(CurrentUser user) {
        return mine.of(user.requireOwnFamily());
    }

    @GetMapping(RegistrationIds.PATH)
    RegistrationView one(@PathVariable String id, CurrentUser user) {
        Registration registration = registrations.get(id);
        user.requireAccessTo(registration.familyId());
        return user.isStaff() ? RegistrationView.forStaff(registration) : RegistrationView.forParent(registration);
    }

    @PostMapping(RegistrationIds.PATH + "/cancellation")
    RegistrationView cancel(@PathVariable String id, CurrentUser user) {
        return RegistrationView.forParent(cancelling.cancel(id, user));
    }

    record RegistrationRequest(@NotBlank(message = "Choisissez l'enfant.") String childId,
            @NotBlank(message = "Choisissez l'activité.") String activityId) {
    }
}
