package fr.portailfamilles.gateway.routing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The services behind the gateway, by route id. The route id is also the circuit breaker's
 * instance name and the {@code service} property of the 503 problem.
 */
enum BackendService {

    IDENTITY("identity", "Le service des comptes"),
    FAMILY("family", "Le service des familles"),
    REGISTRATION("registration", "Le service des inscriptions"),
    RESERVATION("reservation", "Le service des réservations"),
    BILLING("billing", "Le service de facturation");

    private final String routeId;
    private final String frenchName;

    BackendService(String routeId, String frenchName) {
        this.routeId = routeId;
        this.frenchName = frenchName;
    }

    static Optional<BackendService> byRouteId(String routeId) {
        return Arrays.stream(values()).filter(service -> service.routeId.equals(routeId)).findFirst();
    }

    String routeId() {
        return routeId;
    }

    /** What a parent reads: « Le service des inscriptions est momentanément indisponible… ». */
    String unavailableDetail() {
        return frenchName + " est momentanément indisponible. Vos données sont conservées : "
                + "merci de réessayer dans quelques instants.";
    }

    /** What a parent reads when the service's queue is too long: the request never reached it. */
    String busyDetail() {
        return frenchName + " reçoit beaucoup de demandes en ce moment et votre demande n’a pas pu être traitée. "
                + "Rien n’a été modifié : merci de réessayer dans quelques instants.";
    }
}
