package fr.portailfamilles.identity.support;

import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.account.domain.Accounts;
import fr.portailfamilles.platform.test.PortailServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The whole service on the shared broker, database and SMTP server; every test class shares one context. */
@PortailServiceTest
public abstract class IdentityTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected Accounts accounts;
    @Autowired
    protected PasswordEncoder encoder;

    protected Fixtures fixtures;
    protected AuthorizationCodeFlow flow;
    protected Api api;

    @BeforeEach
    void prepareClients() {
        fixtures = new Fixtures(accounts, encoder);
        flow = new AuthorizationCodeFlow(port);
        api = new Api(port);
    }

    protected String accessTokenOf(Account account) {
        return flow.logIn(account.email(), Fixtures.PASSWORD).accessToken();
    }

    protected Account reload(Account account) {
        return accounts.findById(account.id()).orElseThrow();
    }
}
