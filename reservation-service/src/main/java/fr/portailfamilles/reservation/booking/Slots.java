package fr.portailfamilles.reservation.booking;

import fr.portailfamilles.platform.mongo.ConvertedUpdates;
import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.reservation.booking.domain.Holder;
import fr.portailfamilles.reservation.booking.domain.OpeningDraw;
import fr.portailfamilles.reservation.booking.domain.Slot;
import fr.portailfamilles.reservation.booking.domain.SlotDecision;
import fr.portailfamilles.reservation.booking.domain.SlotKey;
import fr.portailfamilles.reservation.booking.domain.WaitlistMove;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * writer that lost a race reads again and decides again. The updates are written by
 * {@link ConvertedUpdates}, cheaper on the hot path than Spring Data's update mapping.
 */
@Component
public class Slots {

    /** How many applied command ids a slot remembers; far more than one slot ever receives in a season. */
    static final int COMMAND_MEMORY = 5000;
    private static final int ATTEMPTS = 50;
    /** How many slots this instance remembers as it last wrote them; a slot being booked is written again soon. */
    private static final int RECENT_SLOTS = 512;

    private final MongoTemplate mongo;
    private final ConvertedUpdates updates;
    private final SlotCapacity capacity;
    private final ReservationEvents reservationEvents;
    private final Clock clock;
    private final WaitlistPlaces waitlistPlaces;
    /**
     * The last state this instance wrote of each recently changed slot, so that the single writer
     * of a slot does not read it back before each command. A copy gone stale (another instance or
     * a staff action wrote since) only fails its conditional write, and the slot is read again.
     */
    private final Map<String, SlotDocument> recent = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, SlotDocument> eldest) {
                    return size() > RECENT_SLOTS;
                }
            });

    Slots(MongoTemplate mongo, SlotCapacity capacity, ReservationEvents reservationEvents, Clock clock,
            WaitlistPlaces waitlistPlaces) {
        this.mongo = mongo;
        this.updates = new ConvertedUpdates(mongo);
        this.waitlistPlaces = waitlistPlaces;
        this.capacity = capacity;
        this.reservationEvents = reservationEvents;
        this.clock = clock;
    }

    public Optional<Slot> find(SlotKey key) {
        return Optional.ofNullable(mongo.findOne(byId(key.value()), SlotDocument.class)).map(Slots::toSlot);
    }

    /** One slot by id, without its pending events (the relay's business). */
    private static Query byId(String id) {
        Query query = Query.query(Criteria.where("_id").is(id));
        query.fields().exclude(OutboxEvent.FIELD);
        return query;
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
     * result with the events {@code events} makes of its decisions, followed by the
     * {@code waitlist-moved} events of the requests still waiting whose place changed.
     *
     * @param commandId the command being applied, or null for a staff action
     * @return the decisions, or empty if the slot had already applied {@code commandId}
     */
    public Optional<List<SlotDecision>> change(SlotKey key, String commandId, Function<Slot, List<SlotDecision>> work,
            Function<List<SlotDecision>, List<OutboxEvent>> events) {
        return changeAll(key, List.of(new Change(commandId, work, events))).get(0);
    }

    /**
     * One change of a slot: what it decides, and the events it publishes of those decisions.
     *
     * @param commandId the command being applied, or null for a staff action
     */
    public record Change(String commandId, Function<Slot, List<SlotDecision>> work,
            Function<List<SlotDecision>, List<OutboxEvent>> events) {
    }

    /**
     * Applies the changes in their order as {@link #change} would one after the other, but writes
     * the slot once: the decisions, commands and events of all of them in one conditional update,
     * all or none. A change whose command the slot applied already (or that comes twice) is skipped.
     *
     * @return for each change, its decisions, or empty if it was skipped
     */
    public List<Optional<List<SlotDecision>>> changeAll(SlotKey key, List<Change> changes) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            SlotDocument stored = attempt == 0 ? recent.get(key.value()) : null;
            if (stored == null) {
                stored = mongo.findOne(byId(key.value()), SlotDocument.class);
            }
            Slot slot = stored == null ? Slot.open(key, capacity.initialCapacity(key)) : toSlot(stored);
            Set<String> known = alreadyApplied(stored, changes);
            List<Optional<List<SlotDecision>>> results = new ArrayList<>(changes.size());
            List<String> applied = new ArrayList<>();
            List<OutboxEvent> outgoing = new ArrayList<>();
            for (Change change : changes) {
                if (change.commandId() != null && !known.add(change.commandId())) {
                    results.add(Optional.empty());
                    continue;
                }
                List<SlotDecision> decisions = change.work().apply(slot);
                outgoing.addAll(withMoves(slot, change.events().apply(decisions)));
                slot.markPositionsTold();
                if (change.commandId() != null) {
                    applied.add(change.commandId());
                }
                results.add(Optional.of(decisions));
            }
            if (results.stream().noneMatch(Optional::isPresent)) {
                return results;
            }
            SlotDocument written = stored == null ? inserted(slot, applied, outgoing)
                    : updated(stored, slot, applied, outgoing);
            if (written != null) {
                recent.put(key.value(), written);
                waitlistPlaces.written(key, slot.waitlist()::holders);
                return results;
            }
            recent.remove(key.value()); // someone else wrote it: read it again
        }
        throw new IllegalStateException("Slot " + key.value() + " kept changing under " + ATTEMPTS + " attempts");
    }

    /**
     * Those of the changes' commands the slot applied already. The slot remembers thousands; the
     * few commands of a change are looked up in one pass over them rather than all of them put in
     * a set, at every write of a slot that every family of the morning asks for.
     */
    private static Set<String> alreadyApplied(SlotDocument stored, List<Change> changes) {
        Set<String> asked = new HashSet<>();
        changes.forEach(change -> asked.add(change.commandId()));
        Set<String> applied = new HashSet<>();
        if (stored != null) {
            for (String commandId : orEmpty(stored.commands())) {
                if (asked.contains(commandId)) {
                    applied.add(commandId);
                }
            }
        }
        return applied;
    }

    private List<OutboxEvent> withMoves(Slot slot, List<OutboxEvent> decided) {
        List<WaitlistMove> moves = slot.waitlistMoves();
        if (moves.isEmpty()) {
            return decided;
        }
        List<OutboxEvent> outgoing = new ArrayList<>(decided);
        outgoing.addAll(reservationEvents.moved(slot.key(), moves, clock.instant()));
        return outgoing;
    }

    /** The slot as inserted (and as stored: instants to the millisecond), or null if someone created it meanwhile. */
    private SlotDocument inserted(Slot slot, List<String> commands, List<OutboxEvent> outgoing) {
        try {
            mongo.insert(document(slot, commands, 1, outgoing));
            return document(slot, commands, 1, null);
        } catch (DuplicateKeyException createdMeanwhile) {
            return null;
        }
    }

    /**
     * Writes the slot over the revision it was read at, appending to its lists when the change only
     * added at their end (the usual case: a request confirmed or queued), so that the update stays
     * small however many children the slot holds.
     *
     * @return the slot as now stored, or null if its revision changed meanwhile
     */
    private SlotDocument updated(SlotDocument stored, Slot slot, List<String> commandIds, List<OutboxEvent> outgoing) {
        // what is stored (read back, or as this instance wrote it) already has its instants to the millisecond
        SlotDocument after = document(slot, appended(orEmpty(stored.commands()), commandIds), stored.revision() + 1,
                null);
        Update update = new Update().inc("revision", 1);
        setIfChanged(update, "capacity", stored.capacity(), after.capacity());
        setIfChanged(update, "closedReason", stored.closedReason(), after.closedReason());
        setIfChanged(update, "drawUntil", stored.drawUntil(), after.drawUntil());
        appendOrSet(update, "confirmed", stored.confirmed(), after.confirmed());
        appendOrSet(update, "waitlist", stored.waitlist(), after.waitlist());
        appendOrSet(update, "drawPool", stored.drawPool(), after.drawPool());
        appendOrSet(update, "draws", stored.draws(), after.draws());
        if (!commandIds.isEmpty()) {
            update.push("commands").slice(-COMMAND_MEMORY).each(commandIds.toArray());
        }
        if (!outgoing.isEmpty()) {
            update.push(OutboxEvent.FIELD).each(outgoing.toArray());
        }
        Query sameRevision = Query.query(Criteria.where("_id").is(stored.id()).and("revision").is(stored.revision()));
        return updates.updateFirst(sameRevision, update, SlotDocument.class) ? after : null;
    }

    private static void setIfChanged(Update update, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            update.set(field, after);
        }
    }

    /** @param before the list as stored, or null if the field holds no list (then only a set can write it) */
    private static <T> void appendOrSet(Update update, String field, List<T> before, List<T> after) {
        if (before == null) {
            if (!after.isEmpty()) {
                update.set(field, after);
            }
        } else if (after.size() >= before.size() && after.subList(0, before.size()).equals(before)) {
            if (after.size() > before.size()) {
                update.push(field).each(after.subList(before.size(), after.size()).toArray());
            }
        } else {
            update.set(field, after);
        }
    }

    private static List<String> appended(List<String> commands, List<String> commandIds) {
        if (commandIds.isEmpty()) {
            return commands;
        }
        List<String> all = new ArrayList<>(commands.size() + commandIds.size());
        all.addAll(commands);
        all.addAll(commandIds);
        return all.size() > COMMAND_MEMORY ? List.copyOf(all.subList(all.size() - COMMAND_MEMORY, all.size())) : all;
    }

    /** The slot's document, with its instants to the millisecond as MongoDB keeps them. */
    private static SlotDocument document(Slot slot, List<String> commands, long revision, List<OutboxEvent> outbox) {
        SlotKey key = slot.key();
        return new SlotDocument(key.value(), key.activityId(), key.date().toString(), key.unit(), slot.capacity(),
                slot.closedReason(), stored(slot.confirmed()), stored(slot.waitlist().holders()),
                stored(slot.drawPool()), millis(slot.drawUntil()),
                slot.draws().stream().map(Slots::stored).toList(), commands, revision, outbox);
    }

    /** The holders with their instants to the millisecond; those read back or written before are already. */
    private static List<Holder> stored(List<Holder> holders) {
        List<Holder> stored = new ArrayList<>(holders.size());
        for (Holder h : holders) {
            Instant since = millis(h.since());
            stored.add(since.equals(h.since()) ? h
                    : new Holder(h.registrationId(), h.familyId(), h.childId(), h.requestId(), since));
        }
        return Collections.unmodifiableList(stored);
    }

    private static OpeningDraw.Record stored(OpeningDraw.Record draw) {
        return new OpeningDraw.Record(draw.seed(), millis(draw.drawnAt()), draw.candidates(), draw.order());
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
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
