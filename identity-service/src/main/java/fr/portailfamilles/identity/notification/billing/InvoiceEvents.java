package fr.portailfamilles.identity.notification.billing;

import fr.portailfamilles.platform.messaging.InboundEvent;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/** The binding {@code mailInvoice-in-0} on {@code billing.invoice.v1}: only issued invoices are mailed. */
@Configuration(proxyBeanMethods = false)
class InvoiceEvents {

    static final String INVOICE_ISSUED = "fr.portailfamilles.billing.invoice-issued.v1";

    @Bean
    Consumer<Message<String>> mailInvoice(AnnouncingInvoices announcing, JsonMapper json) {
        return message -> {
            InboundEvent event = InboundEvent.from(message);
            if (INVOICE_ISSUED.equals(event.type())) {
                announcing.issued(event.id(), event.payloadAs(json, InvoiceIssued.class));
            }
        };
    }
}
