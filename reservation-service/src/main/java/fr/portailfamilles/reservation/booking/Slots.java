package fr.portailfamilles.reservation.booking;

import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.reservation.booking.domain.Slot;
import fr.portailfamilles.reservation.booking.domain.SlotDecision;
import fr.portailfamilles.reservation.booking.domain.SlotKey;
import fr.portailfamilles.reservation.booking.domain.WaitlistMove;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The slots, each changed by one conditional single-document update that writes its new state,
 * the command it applied and the events it decided together: nothing is half-written, and a
 * writer that lost a race reads again and decides again.
 */
@Component
public class Slots {

    /** How many applied command ids a slot remembers; far more than one slot ever receives in a season. */
    static final int COMMAND_MEMORY = 5000;
    private static final int ATTEMPTS = 50;

    private final MongoTemplate mongo;
    private final SlotCapacity capacity;
    private final ReservationEvents reservationEvents;
    private final Clock clock;

    Slots(MongoTemplate mongo, SlotCapacity capacity, ReservationEvents reservationEvents, Clock clock) {
        this.mongo = mongo;
        this.capacity = capacity;
        this.reservationEvents = reservationEvents;
        this.clock = clock;
    }

    public Optional<Slot> find(SlotKey key) {
        return Optional.ofNullable(mongo.findById(key.value(), SlotDocument.class)).map(Slots::toSlot);
    }

    public List<Slot> findAll(Collection<SlotKey> keys) {
        List<String> ids = keys.stream().map(SlotKey::value).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), SlotDocument.class).stream()
                .map(Slots::toSlot).toList();
    }

    public List<Slot> ofActivity(String activityId, LocalDate from, LocalDate to) {
        Query query = Query.query(Criteria.where("activityId").is(activityId)
                .and("date").gte(from.toString()).lte(to.toString())).with(Sort.by("date", "unit"));
        return mongo.find(query, SlotDocument.class).stream().map(Slots::toSlot).toList();
    }

    /** The slots whose opening window ended before {@code before} and whose draw is still to be made. */
    public List<SlotKey> withDrawDue(Instant before) {
        Query due = Query.query(Criteria.where("drawPool.0").exists(true).and("drawUntil").lte(before));
        due.fields().include("_id");
        return mongo.find(due, org.bson.Document.class, SlotDocument.COLLECTION).stream()
                .map(doc -> SlotKey.parse(doc.getString("_id"))).toList();
    }

    /**
     * Applies {@code work} to the slot (opened with its initial capacity if new) and stores the
     * result with the events {@code events} makes of its decisions, followed by a
     * {@code waitlist-moved} event for each request still waiting whose place changed.
     *
     * @param commandId the command being applied, or null for a staff action
     * @return the decisions, or empty if the slot had already applied {@code commandId}
     */
    public Optional<List<SlotDecision>> change(SlotKey key, String commandId, Function<Slot, List<SlotDecision>> work,
            Function<List<SlotDecision>, List<OutboxEvent>> events) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            SlotDocument stored = mongo.findById(key.value(), SlotDocument.class);
            if (stored != null && commandId != null && stored.commands() != null
                    && stored.commands().contains(commandId)) {
                return Optional.empty();
            }
            Slot slot = stored == null ? Slot.open(key, capacity.initialCapacity(key)) : toSlot(stored);
            List<SlotDecision> decisions = work.apply(slot);
            List<OutboxEvent> outgoing = withMoves(slot, events.apply(decisions));
            if (stored == null ? inserted(slot, commandId, outgoing) : updated(stored, slot, commandId, outgoing)) {
                return Optional.of(decisions);
            }
        }
        throw new IllegalStateException("Slot " + key.value() + " kept changing under " + ATTEMPTS + " attempts");
    }

    private List<OutboxEvent> withMoves(Slot slot, List<OutboxEvent> decided) {
        List<WaitlistMove> moves = slot.waitlistMoves();
        if (moves.isEmpty()) {
            return decided;
        }
        Instant at = clock.instant();
        List<OutboxEvent> outgoing = new ArrayList<>(decided);
        moves.forEach(move -> outgoing.add(reservationEvents.moved(slot.key(), move, at)));
        return outgoing;
    }

    private boolean inserted(Slot slot, String commandId, List<OutboxEvent> outgoing) {
        SlotKey key = slot.key();
        try {
            mongo.insert(new SlotDocument(key.value(), key.activityId(), key.date().toString(), key.unit(),
                    slot.capacity(), slot.closedReason(), slot.confirmed(), slot.waitlist().holders(),
                    slot.drawPool(), slot.drawUntil(), slot.draws(),
                    commandId == null ? List.of() : List.of(commandId), 1, outgoing));
            return true;
        } catch (DuplicateKeyException createdMeanwhile) {
            return false;
        }
    }

    private boolean updated(SlotDocument stored, Slot slot, String commandId, List<OutboxEvent> outgoing) {
        Update update = new Update().set("capacity", slot.capacity()).set("closedReason", slot.closedReason())
                .set("confirmed", slot.confirmed()).set("waitlist", slot.waitlist().holders())
                .set("drawPool", slot.drawPool()).set("drawUntil", slot.drawUntil()).set("draws", slot.draws())
                .inc("revision", 1);
        if (commandId != null) {
            update.push("commands").slice(-COMMAND_MEMORY).each(commandId);
        }
        if (!outgoing.isEmpty()) {
            update.push(OutboxEvent.FIELD).each(outgoing.toArray());
        }
        Query sameRevision = Query.query(Criteria.where("_id").is(stored.id()).and("revision").is(stored.revision()));
        return mongo.updateFirst(sameRevision, update, SlotDocument.class).getMatchedCount() == 1;
    }

    private static Slot toSlot(SlotDocument doc) {
        return new Slot(new SlotKey(doc.activityId(), LocalDate.parse(doc.date()), doc.unit()), doc.capacity(),
                doc.closedReason(), orEmpty(doc.confirmed()), orEmpty(doc.waitlist()), orEmpty(doc.drawPool()),
                doc.drawUntil(), orEmpty(doc.draws()));
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
