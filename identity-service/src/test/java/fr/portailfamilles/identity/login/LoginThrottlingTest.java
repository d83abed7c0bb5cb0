package fr.portailfamilles.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.support.Browser;
import fr.portailfamilles.identity.support.Fixtures;
import fr.portailfamilles.identity.support.IdentityTest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Password guessing is slowed down per login and per client address, with a clear French message. */
class LoginThrottlingTest extends IdentityTest {

    static final String PAUSED = "Trop de tentatives de connexion ont échoué. Par sécurité, la connexion est "
            + "suspendue pendant 1 minute.";

    @Autowired
    MongoTemplate mongo;

    @Test
    void afterFiveFailuresTheLoginIsPausedEvenWithTheRightPasswordThenWorksAgain() {
        Account parent = fixtures.activeParent();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(new Browser(port).logIn(parent.email(), "mauvais mot de passe " + attempt).headers()
                    .firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("?erreur"));
        }

        Browser browser = new Browser(port);
        HttpResponse<String> paused = browser.logIn(parent.email(), Fixtures.PASSWORD);

        assertThat(Browser.location(paused)).endsWith("/connexion?erreur");
        assertThat(browser.follow(paused).body()).contains(PAUSED, "Mot de passe oublié ?");
        assertThat(outcomesOf(parent.email())).containsExactlyInAnyOrder("WRONG_CREDENTIALS", "WRONG_CREDENTIALS",
                "WRONG_CREDENTIALS", "WRONG_CREDENTIALS", "WRONG_CREDENTIALS", "PAUSED");

        endPause("identifiant:" + parent.email());
        assertThat(flow.logIn(parent.email(), Fixtures.PASSWORD).accessToken()).isNotBlank();
    }

    @Test
    void aFurtherFailureAfterThePauseDoublesIt() {
        Account parent = fixtures.activeParent();
        for (int attempt = 0; attempt < 5; attempt++) {
            new Browser(port).logIn(parent.email(), "mauvais " + attempt);
        }
        endPause("identifiant:" + parent.email());

        new Browser(port).logIn(parent.email(), "encore mauvais");

        Browser browser = new Browser(port);
        assertThat(browser.follow(browser.logIn(parent.email(), Fixtures.PASSWORD)).body())
                .contains("suspendue pendant 2 minutes");
    }

    @Test
    void oneAddressGuessingManyLoginsIsPausedButOthersAreNot() {
        Account parent = fixtures.activeParent();
        String attacker = Browser.randomAddress();
        for (int attempt = 0; attempt < 20; attempt++) {
            new Browser(port, attacker).logIn("cible-" + UUID.randomUUID() + "@example.fr", "azerty123456");
        }

        Browser fromAttacker = new Browser(port, attacker);
        HttpResponse<String> refused = fromAttacker.logIn(parent.email(), Fixtures.PASSWORD);

        assertThat(fromAttacker.follow(refused).body()).contains(PAUSED);
        assertThat(flow.logIn(parent.email(), Fixtures.PASSWORD).accessToken()).isNotBlank();
    }

    @Test
    void aLockedAccountIsToldSoOnlyWithTheRightPassword() {
        Account parent = fixtures.activeParent();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(parent.id())), new Update().set("state", "LOCKED"),
                Account.class);

        Browser wrong = new Browser(port);
        assertThat(wrong.follow(wrong.logIn(parent.email(), "pas le bon mot de passe")).body())
                .contains("Identifiant ou mot de passe incorrect.");
        Browser right = new Browser(port);
        assertThat(right.follow(right.logIn(parent.email(), Fixtures.PASSWORD)).body())
                .contains("Votre compte est verrouillé.");
    }

    private List<String> outcomesOf(String login) {
        return mongo.find(Query.query(Criteria.where("login").is(login)), Document.class, AuthEvents.COLLECTION)
                .stream().map(event -> event.getString("outcome")).toList();
    }

    private void endPause(String key) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(key)),
                new Update().set("pausedUntil", new Date(System.currentTimeMillis() - 1000)),
                LoginAttempts.COLLECTION);
    }
}
