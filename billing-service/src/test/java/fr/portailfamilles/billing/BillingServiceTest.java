package fr.portailfamilles.billing;

import fr.portailfamilles.platform.test.ServiceBaselineTest;

class BillingServiceTest extends ServiceBaselineTest {

    @Override
    protected String apiPrefix() {
        return "/api/billing";
    }
}
