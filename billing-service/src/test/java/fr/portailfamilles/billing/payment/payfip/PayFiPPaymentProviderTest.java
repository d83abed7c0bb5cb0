package fr.portailfamilles.billing.payment.payfip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailfamilles.billing.payment.PaymentOutcome;
import fr.portailfamilles.billing.payment.PaymentProperties;
import fr.portailfamilles.billing.payment.PaymentRequest;
import fr.portailfamilles.billing.payment.ProviderNotification;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

/** The PayFiP boundary, exercised without network: the redirect it builds and the notification it reads. */
class PayFiPPaymentProviderTest {

    final PayFiPPaymentProvider payfip = new PayFiPPaymentProvider(new PaymentProperties("payfip",
            "https://portail.carcans.fr", "/factures", "https://portail.carcans.fr/api/billing/payments/notifications",
            new PaymentProperties.Simulated("s"),
            new PaymentProperties.PayFiP("https://www.payfip.gouv.fr/tpa/paiement.web", "123456", "T")),
            Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void sendsTheParentToTheDgfipPageWithTheRegieParameters() {
        URI redirect = payfip.start(new PaymentRequest("P0123456789ABCDEF", 2026, "Facture FAC-2026-000123",
                new BigDecimal("23.40"), "claire.martin@example.fr",
                URI.create("https://portail.carcans.fr/api/billing/payments/notifications"),
                URI.create("https://portail.carcans.fr/factures?paiement=P0123456789ABCDEF")));

        assertThat(redirect.toString()).startsWith("https://www.payfip.gouv.fr/tpa/paiement.web?");
        Map<String, String> query = new HashMap<>();
        UriComponentsBuilder.fromUri(redirect).build(true).getQueryParams().toSingleValueMap()
                .forEach((name, value) -> query.put(name, URLDecoder.decode(value, StandardCharsets.UTF_8)));
        assertThat(query).containsEntry("numcli", "123456").containsEntry("exer", "2026")
                .containsEntry("refdet", "P0123456789ABCDEF").containsEntry("montant", "2340")
                .containsEntry("saisie", "T").containsEntry("objet", "Facture FAC 2026 000123")
                .containsKeys("mel", "urlnotif", "urlredirect");
        assertThat(query).containsEntry("mel", "claire.martin@example.fr")
                .containsEntry("urlnotif", "https://portail.carcans.fr/api/billing/payments/notifications")
                .containsEntry("urlredirect", "https://portail.carcans.fr/factures?paiement=P0123456789ABCDEF");
        assertThat(redirect.getRawQuery()).contains("urlredirect=https%3A%2F%2Fportail.carcans.fr%2Ffactures%3Fpaiement%3D");
    }

    @Test
    void readsPaidRefusedAndAbandonedNotifications() {
        ProviderNotification paid = payfip.read(notification("P"));
        assertThat(paid.reference()).isEqualTo("P0123456789ABCDEF");
        assertThat(paid.amount()).isEqualByComparingTo("23.40");
        assertThat(paid.outcome()).isEqualTo(PaymentOutcome.PAID);
        assertThat(paid.transaction()).isEqualTo("A12345");
        assertThat(paid.at()).isEqualTo(Instant.parse("2026-12-03T17:12:00Z"));
        assertThat(payfip.read(notification("V")).outcome()).isEqualTo(PaymentOutcome.PAID);
        assertThat(payfip.read(notification("R")).outcome()).isEqualTo(PaymentOutcome.REFUSED);
        assertThat(payfip.read(notification("A")).outcome()).isEqualTo(PaymentOutcome.ABANDONED);
    }

    @Test
    void refusesANotificationForAnotherRegieOrMalformed() {
        Map<String, String> foreign = notification("P");
        foreign.put("numcli", "999999");
        assertThatThrownBy(() -> payfip.read(foreign)).isInstanceOfSatisfying(DomainProblem.class,
                p -> assertThat(p.code()).isEqualTo("notification-non-authentique"));
        assertThatThrownBy(() -> payfip.read(notification("Z"))).isInstanceOfSatisfying(DomainProblem.class,
                p -> assertThat(p.code()).isEqualTo("notification-invalide"));
    }

    private static Map<String, String> notification(String result) {
        return new HashMap<>(Map.of("numcli", "123456", "exer", "2026", "refdet", "P0123456789ABCDEF",
                "montant", "2340", "mel", "claire.martin@example.fr", "resultrans", result, "numauto", "A12345",
                "dattrans", "03122026", "heurtrans", "1812", "saisie", "T"));
    }
}
