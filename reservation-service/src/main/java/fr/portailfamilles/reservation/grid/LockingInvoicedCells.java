package fr.portailfamilles.reservation.grid;

import fr.portailfamilles.platform.messaging.InboundEvent;
import fr.portailfamilles.reservation.Topics;
import fr.portailfamilles.reservation.calendar.domain.CellRef;
import fr.portailfamilles.reservation.grid.RegistrationMessages.InvoiceIssued;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/** Billing invoiced these days: their cells become « Réservation facturée (non modifiable) ». */
@Configuration(proxyBeanMethods = false)
class LockingInvoicedCells {

    private static final Logger log = LoggerFactory.getLogger(LockingInvoicedCells.class);

    @Bean
    Consumer<Message<String>> lockInvoicedCells(Registrations registrations, JsonMapper json) {
        return message -> {
            InboundEvent event = InboundEvent.from(message);
            if (!Topics.INVOICE_ISSUED.equals(event.type())) {
                return;
            }
            InvoiceIssued invoice = event.payloadAs(json, InvoiceIssued.class);
            List<InvoiceIssued.Line> lines = invoice.lines() == null ? List.of() : invoice.lines();
            Set<String> billed = new LinkedHashSet<>();
            for (RegistrationDocument registration : registrations.ofFamily(invoice.familyId())) {
                if (lines.stream().anyMatch(line -> bills(line, registration))) {
                    billed.add(registration.id());
                }
            }
            if (billed.isEmpty() && !lines.isEmpty()) {
                log.warn("Invoice {} bills no registration known here", invoice.invoiceId());
            }
            billed.forEach(id -> registrations.apply(id, event.id(), current -> {
                Update update = new Update();
                lines.stream().filter(line -> bills(line, current))
                        .map(line -> new CellRef(LocalDate.parse(line.date()), line.unit()))
                        .forEach(cell -> update.set(RegistrationDocument.cellPath(cell),
                                current.cell(cell).markedInvoiced()));
                return update;
            }));
        };
    }

    private static boolean bills(InvoiceIssued.Line line, RegistrationDocument registration) {
        return Objects.equals(registration.childId(), line.childId())
                && Objects.equals(registration.activityId(), line.activityId())
                && registration.covers(LocalDate.parse(line.date()));
    }
}
