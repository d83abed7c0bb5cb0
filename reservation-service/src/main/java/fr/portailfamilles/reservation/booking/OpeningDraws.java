package fr.portailfamilles.reservation.booking;

import fr.portailfamilles.platform.outbox.OutboxRelay;
import fr.portailfamilles.reservation.booking.domain.SlotKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the fair draws of the openings: once a window has ended (and a short grace for the
 * requests of the window still on their way), each slot with requests waiting decides them
 * together in the order of a draw whose seed it records.
 */
@Component
class OpeningDraws {

    private static final Logger log = LoggerFactory.getLogger(OpeningDraws.class);
    private static final SecureRandom SEEDS = new SecureRandom();

    private final Slots slots;
    private final ReservationEvents events;
    private final OutboxRelay relay;
    private final Clock clock;
    private final Duration grace;

    OpeningDraws(Slots slots, ReservationEvents events, OutboxRelay relay, Clock clock,
            @Value("${portail.reservation.draw-grace:2s}") Duration grace) {
        this.slots = slots;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
        this.grace = grace;
    }

    static long seed() {
        return SEEDS.nextLong();
    }

    @Scheduled(fixedDelayString = "${portail.reservation.draw-check:1s}")
    void drawDue() {
        Instant now = clock.instant();
        List<SlotKey> due = slots.withDrawDue(now.minus(grace));
        for (SlotKey key : due) {
            long seed = seed();
            slots.change(key, null, slot -> slot.draw(seed, now),
                    decisions -> decisions.stream().map(d -> events.decided(key, d, now)).toList())
                    .ifPresent(decisions -> log.info("Opening draw of slot {} with seed {}: {} requests decided",
                            key.value(), seed, decisions.size()));
        }
        if (!due.isEmpty()) {
            relay.wake();
        }
    }
}
