package fr.portailfamilles.reservation.booking;

import fr.portailfamilles.reservation.booking.domain.SlotKey;

/** The capacity a slot opens with, the first time a request reaches it. */
public interface SlotCapacity {

    int initialCapacity(SlotKey key);
}
