package fr.portailfamilles.registration.registration;

import fr.portailfamilles.platform.security.CurrentUser;
import fr.portailfamilles.registration.registration.domain.RegistrationState;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** « Demandes d'inscription »: staff work through the queue, oldest first, and decide. */
@RestController
@RequestMapping("/api/registrations")
class StaffRegistrationApi {

    private final Registrations registrations;
    private final RequestFile requestFile;
    private final DecidingRegistration deciding;

    StaffRegistrationApi(Registrations registrations, RequestFile requestFile, DecidingRegistration deciding) {
        this.registrations = registrations;
        this.requestFile = requestFile;
        this.deciding = deciding;
    }

    /** Requests in {@code state} (by default those waiting), optionally of one activity, oldest first. */
    @GetMapping("/requests")
    List<RegistrationView> queue(@RequestParam(defaultValue = "ENVOYEE") RegistrationState state,
            @RequestParam(required = false) String activityId, CurrentUser user) {
        user.requireStaff();
        return registrations.queue(state, activityId).stream().map(RegistrationView::forStaff).toList();
    }

    @GetMapping("/requests" + RegistrationIds.PATH)
    RequestFile.View open(@PathVariable String id, CurrentUser user) {
        user.requireStaff();
        return requestFile.of(id);
    }

    @PostMapping(RegistrationIds.PATH + "/approval")
    RegistrationView approve(@PathVariable String id, CurrentUser user) {
        user.requireStaff();
        return RegistrationView.forStaff(deciding.approve(id, staffName(user)));
    }

    @PostMapping(RegistrationIds.PATH + "/refusal")
    RegistrationView refuse(@PathVariable String id, @RequestBody(required = false) Refusal refusal,
            CurrentUser user) {
        user.requireStaff();
        return RegistrationView.forStaff(deciding.refuse(id, refusal == null ? null : refusal.reason(),
                staffName(user)));
    }

    private static String staffName(CurrentUser user) {
        return user.name() != null && !user.name().isBlank() ? user.name() : user.email();
    }

    record Refusal(String reason) {
    }
}
