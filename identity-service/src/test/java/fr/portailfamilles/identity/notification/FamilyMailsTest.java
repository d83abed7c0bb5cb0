package fr.portailfamilles.identity.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.identity.account.AccountChanges;
import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.support.IdentityTest;
import fr.portailfamilles.identity.support.Mails;
import fr.portailfamilles.identity.support.TestMailServer;
import fr.portailfamilles.platform.test.KafkaProbe;
import fr.portailfamilles.platform.test.SharedInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Parents get one mail for each decision other services publish about their family — registrations,
 * reservations, invoices — whatever the number of deliveries, and nothing when the family has no account.
 */
class FamilyMailsTest extends IdentityTest {

    static final String PORTAL = "http://localhost:8080";

    @Autowired
    AccountChanges changes;
    @Autowired
    MeterRegistry meters;
    @Autowired
    KnownRegistrations knownRegistrations;

    KafkaProbe kafka;
    OtherServices services;

    @BeforeEach
    void connect() {
        kafka = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrap());
        services = new OtherServices(kafka);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void anApprovedRegistrationMailsEveryParentOnceWithTheLinkToReserveDays() {
        Account claire = fixtures.activeParent();
        Account pending = accounts.insert(Account.forParent(UUID.randomUUID().toString(), claire.familyId(),
                "pending-" + UUID.randomUUID().toString().substring(0, 8) + "@example.fr", "Marc Martin",
                Instant.now()));
        String registrationId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();

        services.registrationApproved(eventId, registrationId, claire.familyId());
        services.registrationApproved(eventId, registrationId, claire.familyId());

        MimeMessage mail = theOnlyMailTo(claire);
        assertThat(Mails.subject(mail)).isEqualTo("Inscription de Léa à ALSH des Mercredis après-midi validée");
        String link = PORTAL + "/reservations?inscription=" + registrationId;
        assertThat(Mails.text(mail)).contains("Bonjour Parent Test", "est validée",
                "du lundi 30 novembre 2026 au mardi 31 août 2027", link);
        assertThat(Mails.html(mail)).contains("<html lang=\"fr\"", "Réserver des jours", "href=\"" + link + "\"",
                "Portail Familles", "Ville de Carcans");
        assertThat(Mails.subject(theOnlyMailTo(pending))).isEqualTo(Mails.subject(mail));
        assertThat(reload(claire).pendingMails()).isEmpty();
    }

    @Test
    void aRejectedRequestTellsTheReasonAndNamesTheChildOfTheRequest() {
        Account parent = fixtures.activeParent();
        String registrationId = UUID.randomUUID().toString();

        services.registrationRequested(registrationId, parent.familyId());
        String eventId = UUID.randomUUID().toString();
        services.registrationRejected(eventId, registrationId, parent.familyId());
        services.registrationRejected(eventId, registrationId, parent.familyId());

        MimeMessage mail = theOnlyMailTo(parent);
        assertThat(Mails.subject(mail)).isEqualTo("Inscription de Léa à APS — Accueil périscolaire refusée");
        assertThat(Mails.text(mail)).contains("n'a pas pu être acceptée",
                "L'enfant n'est pas scolarisé dans la commune.", PORTAL + "/inscriptions");
        assertThat(Mails.html(mail)).contains("pas scolarisé dans la commune.", "Voir mes inscriptions",
                "href=\"" + PORTAL + "/inscriptions\"");
    }

    @Test
    void aCancelledRegistrationIsConfirmed() {
        Account parent = fixtures.activeParent();
        String registrationId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();

        services.registrationCancelled(eventId, registrationId, parent.familyId());
        services.registrationCancelled(eventId, registrationId, parent.familyId());

        MimeMessage mail = theOnlyMailTo(parent);
        assertThat(Mails.subject(mail)).isEqualTo("Inscription de votre enfant à ALSH des Vacances scolaires annulée");
        assertThat(Mails.text(mail)).contains("Nous vous confirmons l'annulation", PORTAL + "/inscriptions");
    }

    @Test
    void aPromotionFromTheWaitlistTellsTheDayAndUnitInFrench() {
        Account parent = fixtures.activeParent();
        String registrationId = UUID.randomUUID().toString();
        services.registrationRequested(registrationId, parent.familyId());
        // another topic, so no order with the reservation events: in life the request came days before
        await().atMost(Duration.ofSeconds(30)).until(() -> knownRegistrations.find(registrationId).isPresent());
        String eventId = UUID.randomUUID().toString();

        services.reservationPromoted(eventId, registrationId, parent.familyId());
        services.reservationPromoted(eventId, registrationId, parent.familyId());

        MimeMessage mail = theOnlyMailTo(parent);
        assertThat(Mails.subject(mail)).isEqualTo(
                "Une place s'est libérée : la réservation du mercredi 2 décembre 2026 (après-midi) est validée");
        String link = PORTAL + "/reservations?inscription=" + registrationId;
        assertThat(Mails.text(mail)).contains("de Léa", "liste d'attente", "réservation validée", link);
        assertThat(Mails.html(mail)).contains("Voir mes réservations", "href=\"" + link + "\"");
    }

    @Test
    void aClosedDayIsMailedOnceForAllItsUnitsAndParentsOwnCancellationsAreNot() {
        Account parent = fixtures.activeParent();
        String registrationId = UUID.randomUUID().toString();
        String morning = UUID.randomUUID().toString();

        services.reservationCancelled(morning, registrationId, parent.familyId(), "2026-12-01", "matin",
                "DAY_CLOSED");
        services.reservationCancelled(morning, registrationId, parent.familyId(), "2026-12-01", "matin",
                "DAY_CLOSED");
        services.reservationCancelled(UUID.randomUUID().toString(), registrationId, parent.familyId(),
                "2026-12-01", "repas", "DAY_CLOSED");
        services.reservationCancelled(UUID.randomUUID().toString(), registrationId, parent.familyId(),
                "2026-12-09", "matin", "PARENT");

        MimeMessage mail = theOnlyMailTo(parent);
        assertThat(Mails.subject(mail)).isEqualTo("Journée fermée : la réservation du mardi 1er décembre 2026 est annulée");
        assertThat(Mails.text(mail)).contains("a dû fermer", "sont annulées",
                PORTAL + "/reservations?inscription=" + registrationId);
    }

    @Test
    void anIssuedInvoiceIsAnnouncedWithItsAmountDueDateAndLinkEvenRedeliveredAfterTheAccountChanged() {
        Account parent = fixtures.activeParent();
        String invoiceId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();

        services.invoiceIssued(eventId, invoiceId, parent.familyId(), "FAC-2026-000123");
        MimeMessage mail = theOnlyMailTo(parent);
        accounts.save(reload(parent));
        services.invoiceIssued(eventId, invoiceId, parent.familyId(), "FAC-2026-000123");
        services.paymentReceived(invoiceId, parent.familyId());
        // a mailed event behind them on the same key proves they were read before
        services.invoiceIssued(UUID.randomUUID().toString(), invoiceId, parent.familyId(), "FAC-2026-000124");

        await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.messagesTo(parent.email()).size() == 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> TestMailServer.messagesTo(parent.email()).size() == 2);
        assertThat(Mails.subject(mail)).isEqualTo("Nouvelle facture disponible : FAC-2026-000123");
        assertThat(Mails.text(mail)).contains("novembre 2026", "23,40", "€", "jeudi 31 décembre 2026",
                PORTAL + "/factures");
        assertThat(Mails.html(mail)).contains("Voir mes factures", "href=\"" + PORTAL + "/factures\"");
        assertThat(Mails.subject(TestMailServer.messagesTo(parent.email()).get(1))).endsWith("FAC-2026-000124");
    }

    @Test
    void aFamilyWithoutAnOpenAccountGetsNothingAndIsCounted() {
        Account locked = fixtures.activeParent();
        changes.apply(locked.id(), account -> {
            account.lock(Instant.now());
            return account;
        });
        Account marker = fixtures.activeParent();
        double skippedBefore = skippedInvoices();
        String key = UUID.randomUUID().toString();

        services.invoiceIssued(UUID.randomUUID().toString(), key, "fam-sans-compte-" + UUID.randomUUID(),
                "FAC-2026-000200");
        services.invoiceIssued(UUID.randomUUID().toString(), key, locked.familyId(), "FAC-2026-000201");
        services.invoiceIssued(UUID.randomUUID().toString(), key, marker.familyId(), "FAC-2026-000202");

        theOnlyMailTo(marker);
        assertThat(TestMailServer.messagesTo(locked.email())).isEmpty();
        assertThat(skippedInvoices()).isEqualTo(skippedBefore + 2);
    }

    @Test
    void otherTypesOnTheseTopicsMailNothing() {
        Account parent = fixtures.activeParent();
        String registrationId = UUID.randomUUID().toString();

        services.send(OtherServices.REGISTRATIONS, registrationId, "fr.portailfamilles.registration.transferred.v9",
                "{\"registrationId\":\"" + registrationId + "\"}");
        services.reservationConfirmed(registrationId, parent.familyId());
        services.reservationCancelled(UUID.randomUUID().toString(), registrationId, parent.familyId(),
                "2026-12-09", "matin", "REGISTRATION_CANCELLED");
        // a mailed event behind them on the same key proves they were read before
        services.reservationPromoted(UUID.randomUUID().toString(), registrationId, parent.familyId());
        services.registrationApproved(UUID.randomUUID().toString(), registrationId, parent.familyId());

        await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.messagesTo(parent.email()).size() == 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> TestMailServer.messagesTo(parent.email()).size() == 2);
        assertThat(TestMailServer.messagesTo(parent.email())).map(Mails::subject).allSatisfy(subject ->
                assertThat(subject).containsAnyOf("Une place s'est libérée", "Inscription de Léa"));
    }

    private double skippedInvoices() {
        var counter = meters.find("identity.mail.skipped").tags("kind", "INVOICE_ISSUED", "reason", "no-account")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    /** Waits for the mail to the account, then makes sure no second one follows. */
    private static MimeMessage theOnlyMailTo(Account account) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !TestMailServer.messagesTo(account.email()).isEmpty());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> TestMailServer.messagesTo(account.email()).size() == 1);
        List<MimeMessage> mails = TestMailServer.messagesTo(account.email());
        return mails.get(0);
    }
}
