package fr.portailfamilles.billing.payment;

import java.net.URI;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where providers post their notifications: the configured public address (PayFiP must reach it
 * from the Internet), or else this service's own address, which the simulated provider uses.
 */
@Component
class NotificationAddress {

    static final String PATH = "/api/billing/payments/notifications";

    private final PaymentProperties properties;
    private final Environment environment;

    NotificationAddress(PaymentProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    URI get() {
        if (properties.notificationUrl() != null && !properties.notificationUrl().isBlank()) {
            return URI.create(properties.notificationUrl());
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8085"));
        return URI.create("http://localhost:" + port + PATH);
    }

    URI returnTo(String reference) {
        return URI.create(properties.portalUrl().replaceAll("/$", "") + properties.returnPath() + "?paiement="
                + reference);
    }
}
