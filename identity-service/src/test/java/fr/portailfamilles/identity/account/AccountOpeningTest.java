package fr.portailfamilles.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.account.domain.AccountState;
import fr.portailfamilles.identity.account.events.IdentityEvents;
import fr.portailfamilles.identity.account.opening.OpeningParentAccounts;
import fr.portailfamilles.identity.support.Browser;
import fr.portailfamilles.identity.support.IdentityTest;
import fr.portailfamilles.identity.support.Mails;
import fr.portailfamilles.identity.support.TestMailServer;
import fr.portailfamilles.platform.test.KafkaProbe;
import fr.portailfamilles.platform.test.SharedInfrastructure;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The account opens when family-service says the file is complete, and the parent can log in at once. */
class AccountOpeningTest extends IdentityTest {

    static final String FAMILY_TOPIC = "family.family.v1";
    static final String FILE_COMPLETED = "fr.portailfamilles.family.file-completed.v1";

    @Autowired
    JwtDecoder jwtDecoder;

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
    void aFileCompletedTwiceOpensOneAccountAndSendsOneMail() {
        String familyId = "fam-" + UUID.randomUUID();
        String email = "Parent." + familyId + "@Example.fr";
        String eventId = UUID.randomUUID().toString();
        kafka.send(FAMILY_TOPIC, familyId, eventId, FILE_COMPLETED, fileCompleted(familyId, email));
        kafka.send(FAMILY_TOPIC, familyId, eventId, FILE_COMPLETED, fileCompleted(familyId, email));
        // the family file completed again later is another event, for the same family
        kafka.send(FAMILY_TOPIC, familyId, UUID.randomUUID().toString(), FILE_COMPLETED,
                fileCompleted(familyId, email));
        String login = email.toLowerCase();

        await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.messagesTo(login).size() == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> TestMailServer.messagesTo(login).size() == 1);
        Account account = accounts.findByEmail(login).orElseThrow();
        assertThat(account.id()).isEqualTo(OpeningParentAccounts.accountIdOf(familyId));
        assertThat(account.state()).isEqualTo(AccountState.PENDING_PASSWORD);
        assertThat(account.familyId()).isEqualTo(familyId);
        assertThat(account.displayName()).isEqualTo("Claire Martin");
        assertThat(account.pendingMails()).isEmpty();
        assertThat(accounts.search(familyId, 0, 10)).hasSize(1);
    }

    @Test
    void theMailIsFrenchHtmlAndTextAndItsLinkLetsTheParentLogInAtOnce() {
        String familyId = "fam-" + UUID.randomUUID();
        String email = "ouverture-" + UUID.randomUUID().toString().substring(0, 8) + "@example.fr";
        kafka.send(FAMILY_TOPIC, familyId, UUID.randomUUID().toString(), FILE_COMPLETED,
                fileCompleted(familyId, email));
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.messagesTo(email).size() == 1);
        MimeMessage mail = TestMailServer.messagesTo(email).get(0);

        assertThat(Mails.subject(mail)).isEqualTo(
                "Votre compte Portail Familles est ouvert : choisissez votre mot de passe");
        assertThat(Mails.text(mail)).contains("Bonjour Claire Martin", "Votre identifiant est votre adresse e-mail",
                email, "valable jusqu'au");
        assertThat(Mails.html(mail)).contains("<html lang=\"fr\"", "Choisir mon mot de passe", "Claire Martin");
        String link = Mails.passwordLink(mail);
        assertThat(link).startsWith("http://localhost:8080/mot-de-passe/definir?jeton=");
        assertThat(Mails.html(mail)).contains(link.replace("&", "&amp;"));

        Browser browser = new Browser(port);
        String path = link.substring("http://localhost:8080".length());
        HttpResponse<String> page = browser.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Définir mon mot de passe", email);
        HttpResponse<String> saved = browser.submit(path, "/mot-de-passe/definir", Map.of(
                "jeton", Mails.tokenOf(link), "motDePasse", "Trois chats gris sur le toit",
                "confirmation", "Trois chats gris sur le toit"));
        assertThat(Browser.location(saved)).endsWith("/mot-de-passe/enregistre");
        assertThat(browser.follow(saved).body()).contains("Votre mot de passe est enregistré",
                "href=\"http://localhost:8080/\"");

        String token = flow.logIn(email, "Trois chats gris sur le toit").accessToken();
        assertThat(jwtDecoder.decode(token).getClaimAsString("family_id")).isEqualTo(familyId);
        assertThat(accounts.findByEmail(email).orElseThrow().state()).isEqualTo(AccountState.ACTIVE);

        String accountId = OpeningParentAccounts.accountIdOf(familyId);
        await().atMost(Duration.ofSeconds(30)).until(() -> !kafka.received(IdentityEvents.TOPIC, accountId).isEmpty());
        ConsumerRecord<String, String> opened = kafka.received(IdentityEvents.TOPIC, accountId).get(0);
        assertThat(KafkaProbe.header(opened, "ce_type")).isEqualTo("fr.portailfamilles.identity.account-opened.v1");
        assertThat(KafkaProbe.header(opened, "ce_source")).isEqualTo("/portail-familles/identity-service");
        JsonNode payload = json.readTree(opened.value());
        assertThat(payload.get("accountId").asString()).isEqualTo(accountId);
        assertThat(payload.get("familyId").asString()).isEqualTo(familyId);
        assertThat(payload.get("email").asString()).isEqualTo(email);
        assertThat(payload.get("openedAt").asString()).isNotBlank();
    }

    @Test
    void otherFamilyEventsAreIgnored() {
        String familyId = "fam-" + UUID.randomUUID();
        kafka.send(FAMILY_TOPIC, familyId, UUID.randomUUID().toString(),
                "fr.portailfamilles.family.contact-change-requested.v1", "{\"familyId\":\"" + familyId + "\"}");
        String marker = "fam-" + UUID.randomUUID();
        String markerEmail = "marqueur-" + marker + "@example.fr";
        kafka.send(FAMILY_TOPIC, familyId, UUID.randomUUID().toString(), FILE_COMPLETED,
                fileCompleted(marker, markerEmail));

        await().atMost(Duration.ofSeconds(30)).until(() -> accounts.findByEmail(markerEmail).isPresent());
        assertThat(accounts.existsById(OpeningParentAccounts.accountIdOf(familyId))).isFalse();
    }

    static String fileCompleted(String familyId, String email) {
        return """
                {"familyId":"%s","email":"%s","firstName":"Claire","lastName":"Martin",
                 "completedAt":"2026-08-28T08:30:00Z"}""".formatted(familyId, email);
    }
}
