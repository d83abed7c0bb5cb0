package fr.portailfamilles.reservation.booking;

import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.reservation.booking.domain.Holder;
import fr.portailfamilles.reservation.booking.domain.OpeningDraw;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A slot as stored: its places, its waitlist, the requests waiting for an opening draw and the
 * draws made, the commands it already applied (so a redelivered
 * command changes nothing) and its pending events, all written by one update.
 *
 * @param revision bumped by every change of the slot; a writer only writes over the revision it read
 */
@Document(SlotDocument.COLLECTION)
record SlotDocument(@Id String id, String activityId, String date, String unit, int capacity, String closedReason,
        List<Holder> confirmed, List<Holder> waitlist, List<Holder> drawPool, Instant drawUntil,
        List<OpeningDraw.Record> draws, List<String> commands, long revision, List<OutboxEvent> outbox) {

    static final String COLLECTION = "slots";
}
