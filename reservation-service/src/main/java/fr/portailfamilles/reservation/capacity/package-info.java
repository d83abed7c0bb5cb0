/** Capacities per activity, unit and period, set by staff over the town's defaults; staff's view of each slot's fill. */
package fr.portailfamilles.reservation.capacity;
