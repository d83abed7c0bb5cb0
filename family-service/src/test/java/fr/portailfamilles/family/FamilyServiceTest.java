package fr.portailfamilles.family;

import fr.portailfamilles.platform.test.ServiceBaselineTest;

class FamilyServiceTest extends ServiceBaselineTest {

    @Override
    protected String apiPrefix() {
        return "/api/families";
    }
}
