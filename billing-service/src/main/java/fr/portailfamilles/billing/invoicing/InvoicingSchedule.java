package fr.portailfamilles.billing.invoicing;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The automatic work: the request of the previous month's run on the cron
 * {@code portail.billing.invoicing.cron} (disabled by default: « - »; a month already requested is
 * left as it is), and, every few minutes, the end of any numbering a crash or a restart interrupted.
 */
@Component
class InvoicingSchedule {

    static final String SCHEDULE = "planification";

    private final RequestingInvoicingRun requesting;
    private final Issuing issuing;
    private final Clock clock;

    InvoicingSchedule(RequestingInvoicingRun requesting, Issuing issuing, Clock clock) {
        this.requesting = requesting;
        this.issuing = issuing;
        this.clock = clock;
    }

    @Scheduled(cron = "${portail.billing.invoicing.cron:-}", zone = "Europe/Paris")
    void requestPreviousMonth() {
        requesting.request(TownTime.monthOf(clock.instant()).minusMonths(1), SCHEDULE);
    }

    @Scheduled(fixedDelayString = "${portail.billing.invoicing.sweep-interval:60s}",
            initialDelayString = "${portail.billing.invoicing.sweep-interval:60s}")
    void finishInterruptedNumbering() {
        issuing.finishInterrupted();
    }
}
