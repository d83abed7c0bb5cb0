package fr.portailfamilles.identity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.account.domain.AccountState;
import fr.portailfamilles.identity.account.domain.Role;
import fr.portailfamilles.identity.account.opening.OpeningParentAccounts;
import fr.portailfamilles.identity.support.IdentityTest;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** The seeding of profile {@code demo}, run against the test context (one context for the module). */
class DemoAccountsTest extends IdentityTest {

    @Autowired
    JwtDecoder jwtDecoder;

    @Test
    void seedsTheAgentTheAdministratorAndClaireMartinOnceReadyToLogIn() {
        DemoAccounts demo = new DemoAccounts(accounts, encoder, Clock.systemUTC());
        demo.run(null);
        demo.run(null);

        Account claire = accounts.findByEmail("claire.martin@example.fr").orElseThrow();
        assertThat(claire.id()).isEqualTo(OpeningParentAccounts.accountIdOf("fam-martin"));
        assertThat(claire.state()).isEqualTo(AccountState.ACTIVE);
        assertThat(accounts.findByEmail("agent@mairie-carcans.fr").orElseThrow().roles()).containsExactly(Role.STAFF);
        assertThat(accounts.findByEmail("admin@mairie-carcans.fr").orElseThrow().roles()).containsExactly(Role.ADMIN);
        assertThat(accounts.search("carcans", 0, 10)).hasSize(2);

        Jwt token = jwtDecoder.decode(flow.logIn("claire.martin@example.fr", "Demo-Parent-2026!").accessToken());
        assertThat(token.getClaimAsString("family_id")).isEqualTo("fam-martin");
        assertThat(token.getClaimAsString("name")).isEqualTo("Claire Martin");
        assertThat(jwtDecoder.decode(flow.logIn("agent@mairie-carcans.fr", "Demo-Agent-2026!").accessToken())
                .getClaimAsStringList("roles")).containsExactly("STAFF");
        assertThat(jwtDecoder.decode(flow.logIn("admin@mairie-carcans.fr", "Demo-Admin-2026!").accessToken())
                .getClaimAsStringList("roles")).containsExactly("ADMIN");
    }
}
