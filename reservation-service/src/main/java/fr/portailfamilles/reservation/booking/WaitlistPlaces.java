package fr.portailfamilles.reservation.booking;

import fr.portailfamilles.reservation.booking.domain.Holder;
import fr.portailfamilles.reservation.booking.domain.SlotKey;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The live places on the slots' waitlists, as the grid shows them. On opening morning thousands
 * of families reload their grids while a few dozen slots hold them all waiting: each slot's
 * waitlist is read alone (not its holders, commands or pending events) and kept, replaced by
 * every write of the slot on this instance and read again once older than {@link #FRESH}. A place
 * shown is thus the latest this instance wrote, or at most a second old when another instance
 * wrote the slot; the moves themselves reach the open grids as they happen ({@code waitlist-moved}).
 */
@Component
public class WaitlistPlaces {

    static final Duration FRESH = Duration.ofSeconds(1);
    /** Beyond this many slots kept, the stale ones are dropped (a town has a few hundred slots a month). */
    private static final int KEPT = 2_000;

    private final MongoTemplate mongo;
    private final LongSupplier nanoTime;
    private final Map<String, KeptWaitlist> kept = new ConcurrentHashMap<>();

    @Autowired
    WaitlistPlaces(MongoTemplate mongo) {
        this(mongo, System::nanoTime);
    }

    WaitlistPlaces(MongoTemplate mongo, LongSupplier nanoTime) {
        this.mongo = mongo;
        this.nanoTime = nanoTime;
    }

    /** The place of {@code registrationId} on each of {@code slots}' waitlists where it waits (1 = next). */
    public Map<SlotKey, Integer> of(String registrationId, Collection<SlotKey> slots) {
        long now = nanoTime.getAsLong();
        List<String> toRead = slots.stream().map(SlotKey::value).filter(id -> !fresh(kept.get(id), now)).toList();
        if (!toRead.isEmpty()) {
            read(toRead, now);
        }
        Map<SlotKey, Integer> places = new HashMap<>();
        for (SlotKey slot : slots) {
            KeptWaitlist waitlist = kept.get(slot.value());
            int place = waitlist == null ? 0 : waitlist.placeOf(registrationId);
            if (place > 0) {
                places.put(slot, place);
            }
        }
        return places;
    }

    /** This instance wrote the slot: a waitlist kept for it becomes {@code waitlist} (asked for only then). */
    void written(SlotKey slot, Supplier<List<Holder>> waitlist) {
        kept.computeIfPresent(slot.value(), (id, before) -> new KeptWaitlist(waitlist.get(), nanoTime.getAsLong()));
    }

    private static boolean fresh(KeptWaitlist waitlist, long now) {
        return waitlist != null && now - waitlist.readAt() <= FRESH.toNanos();
    }

    private void read(List<String> ids, long now) {
        if (kept.size() > KEPT) {
            kept.values().removeIf(waitlist -> !fresh(waitlist, now));
        }
        Query query = Query.query(Criteria.where("_id").in(ids));
        query.fields().include("waitlist");
        for (Document slot : mongo.find(query, Document.class, SlotDocument.COLLECTION)) {
            List<Holder> waiting = slot.getList("waitlist", Object.class, List.of()).stream()
                    .map(HolderStorage::readStored).toList();
            kept.put(slot.getString("_id"), new KeptWaitlist(waiting, now));
        }
    }

    /** One slot's waitlist as known at {@code readAt} (nanoseconds, {@link System#nanoTime()}). */
    private record KeptWaitlist(List<Holder> holders, long readAt) {

        int placeOf(String registrationId) {
            return Holder.indexOf(holders, registrationId) + 1;
        }
    }
}
