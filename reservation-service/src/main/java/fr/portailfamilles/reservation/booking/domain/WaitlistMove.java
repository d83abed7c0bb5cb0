package fr.portailfamilles.reservation.booking.domain;

/**
 * A waiting request whose place on its slot's waitlist changed because someone ahead of it left
 * (promoted, withdrawn, removed). Places only ever move up: newcomers join at the end.
 *
 * @param from its place when the slot was read (1 = next to be promoted)
 * @param to   its place now
 */
public record WaitlistMove(Holder holder, int from, int to) {
}
