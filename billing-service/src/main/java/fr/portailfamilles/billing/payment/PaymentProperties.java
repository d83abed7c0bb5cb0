package fr.portailfamilles.billing.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Online payment settings.
 *
 * @param provider        {@code simulated} (the default, no real money) or {@code payfip}
 * @param portalUrl       the portal's public address, base of the return address
 * @param returnPath      the page the browser comes back to (« Mes factures »)
 * @param notificationUrl where providers post notifications; empty: this service's own address
 */
@ConfigurationProperties("portail.billing.payment")
public record PaymentProperties(String provider, String portalUrl, String returnPath, String notificationUrl,
        Simulated simulated, PayFiP payfip) {

    /** @param secret the HMAC-SHA256 key that signs the simulated provider's notifications */
    public record Simulated(String secret) {
    }

    /**
     * @param serviceUrl the DGFiP's payment page
     * @param numcli     the régie's PayFiP client number (given by the DGFiP)
     * @param saisie     T (test), X (activation) or W (production)
     */
    public record PayFiP(String serviceUrl, String numcli, String saisie) {
    }
}
