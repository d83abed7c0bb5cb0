package fr.portailfamilles.family.dashboard;

import static fr.portailfamilles.family.dashboard.EventMappings.timeOf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.portailfamilles.family.dashboard.domain.RequestKind;
import fr.portailfamilles.family.dashboard.domain.RequestState;
import fr.portailfamilles.family.dashboard.domain.RequestUpdate;
import fr.portailfamilles.family.dashboard.domain.Transition;
import java.time.Instant;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the dashboard reads reservation-service's {@code reservation.reservation.v1}: one line per
 * request a parent sent from the grid (« Valider »), pending until every cell is decided, then
 * settled with how many days were confirmed, waitlisted or refused. Per-cell decisions are the
 * grid's business, not the dashboard's.
 */
@Configuration(proxyBeanMethods = false)
class ReservationEventMappings {

    static final String TOPIC = "reservation.reservation.v1";
    static final String REQUESTED = "fr.portailfamilles.reservation.requested.v1";
    static final String SETTLED = "fr.portailfamilles.reservation.request-settled.v1";

    @Bean
    RequestEventMapping reservationRequested(JsonMapper json) {
        return EventMappings.of(REQUESTED, ReservationRequested.class, json, (p, e) -> new RequestUpdate(
                kindOf(p), p.requestId(), p.familyId(), p.childId(), null, p.activityId(), null,
                timeOf(p.requestedAt(), e), new Transition(RequestState.PENDING, timeOf(p.requestedAt(), e), null,
                        describe(p))));
    }

    @Bean
    RequestEventMapping reservationSettled(JsonMapper json) {
        return EventMappings.of(SETTLED, ReservationSettled.class, json, (p, e) -> new RequestUpdate(
                RequestKind.RESERVATION, p.requestId(), p.familyId(), null, null, null, null, null,
                new Transition(outcome(p), timeOf(p.settledAt(), e), null, summary(p))));
    }

    static RequestKind kindOf(ReservationRequested request) {
        return count(request.reserve()) == 0 && count(request.cancel()) > 0 ? RequestKind.CANCELLATION
                : RequestKind.RESERVATION;
    }

    static RequestState outcome(ReservationSettled settled) {
        if (settled.confirmed() > 0 || settled.cancelled() > 0) {
            return RequestState.ACCEPTED;
        }
        return settled.waitlisted() > 0 ? RequestState.WAITLISTED : RequestState.REFUSED;
    }

    private static String describe(ReservationRequested request) {
        int reserve = count(request.reserve());
        int cancel = count(request.cancel());
        StringBuilder text = new StringBuilder();
        if (reserve > 0) {
            text.append(reserve).append(reserve > 1 ? " cases à réserver" : " case à réserver");
        }
        if (cancel > 0) {
            text.append(text.isEmpty() ? "" : ", ").append(cancel).append(cancel > 1 ? " cases à annuler" : " case à annuler");
        }
        return text.toString();
    }

    static String summary(ReservationSettled settled) {
        return "%d validée(s), %d en liste d'attente, %d refusée(s), %d annulée(s)".formatted(settled.confirmed(),
                settled.waitlisted(), settled.refused(), settled.cancelled());
    }

    private static int count(List<?> cells) {
        return cells == null ? 0 : cells.size();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReservationRequested(String requestId, String registrationId, String familyId, String childId,
            String activityId, List<Object> reserve, List<Object> cancel, Instant requestedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReservationSettled(String requestId, String registrationId, String familyId, int confirmed,
            int waitlisted, int refused, int cancelled, Instant settledAt) {
    }
}
