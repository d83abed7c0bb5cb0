package fr.portailfamilles.billing.invoicing;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The automatic runs: the previous month on the cron {@code portail.billing.invoicing.cron}
 * (disabled by default: « - »), and, every few minutes, the end of any numbering a crash or a
 * restart interrupted.
 */
@Component
class InvoicingSchedule {

    private final InvoicingRun run;
    private final Issuing issuing;
    private final Clock clock;

    InvoicingSchedule(InvoicingRun run, Issuing issuing, Clock clock) {
        this.run = run;
        this.issuing = issuing;
        this.clock = clock;
    }

    @Scheduled(cron = "${portail.billing.invoicing.cron:-}", zone = "Europe/Paris")
    void invoicePreviousMonth() {
        run.run(TownTime.monthOf(clock.instant()).minusMonths(1), "planification");
    }

    @Scheduled(fixedDelayString = "${portail.billing.invoicing.sweep-interval:60s}",
            initialDelayString = "${portail.billing.invoicing.sweep-interval:60s}")
    void finishInterruptedNumbering() {
        issuing.finishInterrupted();
    }
}
