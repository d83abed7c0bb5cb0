package fr.portailfamilles.reservation.booking;

import fr.portailfamilles.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The family's « Valider »: 202 with the request's id at once, the decisions follow on the grid's
 * stream. The page names each « Valider » with an {@code Idempotency-Key}, so that sending it again
 * (its answer lost on a busy morning) answers the same request instead of making a second.
 */
@RestController
class RequestController {

    private final RequestingReservations requesting;

    RequestController(RequestingReservations requesting) {
        this.requesting = requesting;
    }

    @PostMapping("/api/reservations/registrations/{registrationId}/requests")
    ResponseEntity<RequestingReservations.Accepted> request(@PathVariable String registrationId, CurrentUser user,
            @RequestBody ChangeRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return ResponseEntity.accepted().body(requesting.request(registrationId, user, request,
                RequestingReservations.clientKey(idempotencyKey)));
    }
}
