package fr.portailfamilles.identity;

import fr.portailfamilles.platform.test.ServiceBaselineTest;

class IdentityServiceTest extends ServiceBaselineTest {

    @Override
    protected String apiPrefix() {
        return "/api/identity";
    }
}
