package fr.portailfamilles.reservation;

import fr.portailfamilles.platform.test.ServiceBaselineTest;

class ReservationServiceTest extends ServiceBaselineTest {

    @Override
    protected String apiPrefix() {
        return "/api/reservations";
    }
}
