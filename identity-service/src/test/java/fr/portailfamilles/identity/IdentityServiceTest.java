package fr.portailfamilles.identity;

import fr.portailfamilles.identity.account.domain.Accounts;
import fr.portailfamilles.identity.account.domain.Role;
import fr.portailfamilles.identity.support.AuthorizationCodeFlow;
import fr.portailfamilles.identity.support.Fixtures;
import fr.portailfamilles.platform.test.ServiceBaselineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The platform's baseline. Identity issues the tokens, so its staff token is a real one, obtained
 * by an agent through the login form (the shared test issuer's tokens are foreign here and refused).
 */
class IdentityServiceTest extends ServiceBaselineTest {

    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;

    private String staffToken;

    @Override
    protected String apiPrefix() {
        return "/api/identity";
    }

    @Override
    protected String staffToken() {
        if (staffToken == null) {
            var agent = new Fixtures(accounts, encoder).activeStaff(Role.STAFF);
            staffToken = new AuthorizationCodeFlow(port).logIn(agent.email(), Fixtures.PASSWORD).accessToken();
        }
        return staffToken;
    }
}
