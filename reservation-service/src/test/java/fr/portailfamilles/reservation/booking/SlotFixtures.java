package fr.portailfamilles.reservation.booking;

import fr.portailfamilles.reservation.booking.domain.Holder;
import fr.portailfamilles.reservation.booking.domain.SlotKey;
import fr.portailfamilles.reservation.support.Town;
import java.time.Instant;
import java.util.List;

/** Slots as the booking tests set them up: holders named by their registration, one place to take. */
final class SlotFixtures {

    private SlotFixtures() {
    }

    /** A slot of a new activity with one place, on its first bookable day. */
    static SlotKey onePlace(Town town, String unit) {
        Town.Activity activity = town.activity();
        town.capacity(activity, unit, 1);
        return new SlotKey(activity.id(), town.bookableDays(activity, 1).get(0), unit);
    }

    /** A child asking for a place, its instant finer than the millisecond the store keeps. */
    static Holder holder(String registrationId) {
        return new Holder(registrationId, "family-" + registrationId, "child-" + registrationId, "request-1",
                Instant.parse("2026-11-28T08:30:00.123456789Z"));
    }

    /** The command {@code commandId} asks the slot a place for {@code holder}; no event is made of it. */
    static Slots.Change allocation(String commandId, Holder holder) {
        return new Slots.Change(commandId, slot -> List.of(slot.allocate(holder)), decisions -> List.of());
    }
}
