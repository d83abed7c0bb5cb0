package fr.portailfamilles.registration;

import fr.portailfamilles.platform.test.ServiceBaselineTest;

class RegistrationServiceTest extends ServiceBaselineTest {

    @Override
    protected String apiPrefix() {
        return "/api/registrations";
    }
}
