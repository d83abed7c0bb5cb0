package fr.portailfamilles.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.account.domain.Role;
import fr.portailfamilles.identity.account.events.IdentityEvents;
import fr.portailfamilles.identity.support.AuthorizationCodeFlow.LoginRefused;
import fr.portailfamilles.identity.support.Fixtures;
import fr.portailfamilles.identity.support.IdentityTest;
import fr.portailfamilles.identity.support.TestMailServer;
import fr.portailfamilles.platform.test.KafkaProbe;
import fr.portailfamilles.platform.test.SharedInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The login follows a change of the guardian's e-mail in the family file, through Kafka, once per
 * event; identity's own change coming back from family-service changes and publishes nothing, so one
 * change never loops; an address that is already another account's login is refused and counted.
 */
class GuardianEmailFollowingTest extends IdentityTest {

    static final String FAMILY_TOPIC = "family.family.v1";
    static final String GUARDIAN_EMAIL_CHANGED = "fr.portailfamilles.family.guardian-email-changed.v1";

    @Autowired
    MeterRegistry meters;

    KafkaProbe kafka;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void connect() {
        kafka = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrap(), IdentityEvents.TOPIC);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aChangeInTheFamilyFileChangesTheLoginOnceTellsBothAddressesAndPublishesItOnce() {
        Account parent = fixtures.activeParent();
        String newEmail = Fixtures.uniqueEmail("dossier");
        String eventId = UUID.randomUUID().toString();

        guardianEmailChanged(parent.familyId(), eventId, parent.email(), newEmail);
        guardianEmailChanged(parent.familyId(), eventId, parent.email(), newEmail);

        await().atMost(Duration.ofSeconds(30)).until(() -> reload(parent).email().equals(newEmail));
        List<JsonNode> published = awaitEmailChanges(parent, 1);
        assertThat(published.get(0).get("oldEmail").asString()).isEqualTo(parent.email());
        assertThat(published.get(0).get("newEmail").asString()).isEqualTo(newEmail);
        assertThat(published.get(0).get("familyId").asString()).isEqualTo(parent.familyId());
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.messagesTo(parent.email()).size() == 1
                && TestMailServer.messagesTo(newEmail).size() == 1);
        assertThat(flow.logIn(newEmail, Fixtures.PASSWORD).accessToken()).isNotBlank();
        assertThatThrownBy(() -> flow.logIn(parent.email(), Fixtures.PASSWORD)).isInstanceOf(LoginRefused.class);
    }

    @Test
    void identitysOwnChangeComingBackFromTheFamilyFileChangesAndPublishesNothing() {
        Account parent = fixtures.activeParent();
        String agent = accessTokenOf(fixtures.activeStaff(Role.STAFF));
        String newEmail = Fixtures.uniqueEmail("agent");
        HttpResponse<String> changed = api.put("/api/identity/accounts/" + parent.id() + "/email", agent,
                "{\"email\":\"" + newEmail + "\"}");
        assertThat(changed.statusCode()).isEqualTo(200);
        awaitEmailChanges(parent, 1);

        // family-service follows and tells guardian-email-changed: the login is that address already
        guardianEmailChanged(parent.familyId(), UUID.randomUUID().toString(), parent.email(), newEmail);
        // a later change of the same family (same partition) shows the echo has been consumed
        String last = Fixtures.uniqueEmail("ensuite");
        guardianEmailChanged(parent.familyId(), UUID.randomUUID().toString(), newEmail, last);

        await().atMost(Duration.ofSeconds(30)).until(() -> reload(parent).email().equals(last));
        assertThat(awaitEmailChanges(parent, 2)).extracting(e -> e.get("newEmail").asString())
                .containsExactly(newEmail, last);
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.messagesTo(newEmail).size() == 2);
    }

    @Test
    void aReportAlreadyAppliedIsNotAppliedAgainAfterAChangeBack() {
        Account parent = fixtures.activeParent();
        String other = Fixtures.uniqueEmail("autre");
        String first = UUID.randomUUID().toString();

        guardianEmailChanged(parent.familyId(), first, parent.email(), other);
        guardianEmailChanged(parent.familyId(), UUID.randomUUID().toString(), other, parent.email());
        guardianEmailChanged(parent.familyId(), first, parent.email(), other);
        String last = Fixtures.uniqueEmail("derniere");
        guardianEmailChanged(parent.familyId(), UUID.randomUUID().toString(), parent.email(), last);

        await().atMost(Duration.ofSeconds(30)).until(() -> reload(parent).email().equals(last));
        assertThat(awaitEmailChanges(parent, 3)).extracting(e -> e.get("newEmail").asString())
                .containsExactly(other, parent.email(), last);
    }

    @Test
    void anAddressThatIsAnotherAccountsLoginIsRefusedCountedAndTheLoginStays() {
        Account parent = fixtures.activeParent();
        Account agent = fixtures.activeStaff(Role.STAFF);
        Account otherFamily = fixtures.activeParent();
        double refusedBefore = refusals();

        guardianEmailChanged(parent.familyId(), UUID.randomUUID().toString(), parent.email(), agent.email());
        // an account of another family is never changed, whatever its address
        guardianEmailChanged(parent.familyId(), UUID.randomUUID().toString(), otherFamily.email(),
                Fixtures.uniqueEmail("pirate"));
        String marker = Fixtures.uniqueEmail("marqueur");
        guardianEmailChanged(parent.familyId(), UUID.randomUUID().toString(), parent.email(), marker);

        await().atMost(Duration.ofSeconds(30)).until(() -> reload(parent).email().equals(marker));
        assertThat(refusals()).isEqualTo(refusedBefore + 1);
        assertThat(awaitEmailChanges(parent, 1)).extracting(e -> e.get("newEmail").asString()).containsExactly(marker);
        assertThat(reload(agent).email()).isEqualTo(agent.email());
        assertThat(reload(otherFamily).email()).isEqualTo(otherFamily.email());
    }

    private double refusals() {
        return meters.counter("identity.login.changes.not.followed", "reason", "email-taken").count();
    }

    private void guardianEmailChanged(String familyId, String eventId, String oldEmail, String newEmail) {
        kafka.send(FAMILY_TOPIC, familyId, eventId, GUARDIAN_EMAIL_CHANGED, """
                {"familyId":"%s","guardianId":"gdn-test","oldEmail":"%s","newEmail":"%s",
                 "changedAt":"2026-12-02T10:05:00Z"}""".formatted(familyId, oldEmail, newEmail));
    }

    /** The email-changed events of the account once there are {@code count}, checking that none more come. */
    private List<JsonNode> awaitEmailChanges(Account account, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> kafka.received(IdentityEvents.TOPIC, account.id()).size()
                >= count);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> kafka.received(
                IdentityEvents.TOPIC, account.id()).size() == count);
        return kafka.received(IdentityEvents.TOPIC, account.id()).stream()
                .filter(r -> IdentityEvents.EMAIL_CHANGED.equals(KafkaProbe.header(r, "ce_type")))
                .map(r -> json.readTree(r.value())).toList();
    }
}
