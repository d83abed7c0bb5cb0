package fr.portailfamilles.reservation.booking;

import fr.portailfamilles.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The family's « Valider »: 202 with the request's id at once, the decisions follow on the grid's stream. */
@RestController
class RequestController {

    private final RequestingReservations requesting;

    RequestController(RequestingReservations requesting) {
        this.requesting = requesting;
    }

    @PostMapping("/api/reservations/registrations/{registrationId}/requests")
    ResponseEntity<RequestingReservations.Accepted> request(@PathVariable String registrationId, CurrentUser user,
            @RequestBody ChangeRequest request) {
        return ResponseEntity.accepted().body(requesting.request(registrationId, user, request));
    }
}
