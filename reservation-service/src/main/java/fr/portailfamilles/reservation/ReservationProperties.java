package fr.portailfamilles.reservation;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reservation service's settings.
 *
 * @param zone          the town's time zone, in which deadlines are read
 * @param maxCells      the largest selection one request may carry
 * @param heartbeat     how often an open grid stream receives a comment, so proxies keep it open
 * @param streamTimeout how long one stream stays open before the browser reconnects
 * @param capacity      default capacities, before staff set their own
 * @param settledKept   how long a settled request's progress stays in its registration, to answer
 *                      a « Valider » sent again with its key (the page resends within a minute);
 *                      older ones are removed by the registration's next « Valider »
 */
@ConfigurationProperties("portail.reservation")
public record ReservationProperties(@DefaultValue("Europe/Paris") ZoneId zone, @DefaultValue("500") int maxCells,
        @DefaultValue("15s") Duration heartbeat, @DefaultValue("30m") Duration streamTimeout,
        @DefaultValue DefaultCapacities capacity, @DefaultValue("1d") Duration settledKept) {

    /**
     * @param fallback capacity of a slot when no rule matches
     * @param rules    the first rule whose {@code match} appears in the activity's kind or name (any
     *                 case) and whose {@code unit} is empty or the slot's unit gives the capacity
     */
    public record DefaultCapacities(@DefaultValue("24") int fallback, @DefaultValue List<Rule> rules) {
    }

    public record Rule(String match, String unit, int capacity) {
    }
}
