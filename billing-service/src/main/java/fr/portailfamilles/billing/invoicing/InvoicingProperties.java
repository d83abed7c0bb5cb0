package fr.portailfamilles.billing.invoicing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the months are invoiced.
 *
 * @param cron          when the schedule requests the previous month's run (« - »: never)
 * @param sweepInterval how often numbering interrupted by a crash is finished
 * @param pollInterval  how often the worker looks for runs to execute (it is also woken by each request)
 * @param lease         how long a worker holds a run without renewing it; past it, the run is taken up again
 */
@ConfigurationProperties("portail.billing.invoicing")
public record InvoicingProperties(String cron, Duration sweepInterval, Duration pollInterval, Duration lease) {
}
