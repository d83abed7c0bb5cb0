package fr.portailfamilles.registration;

import fr.portailfamilles.platform.test.ServiceBaselineTest;
import fr.portailfamilles.registration.support.RegistrationIntegrationTest;

@RegistrationIntegrationTest
class RegistrationServiceTest extends ServiceBaselineTest {

    @Override
    protected String apiPrefix() {
        return "/api/registrations";
    }
}
