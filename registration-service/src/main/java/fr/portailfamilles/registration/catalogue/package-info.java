/**
 * The activity catalogue managed by staff: activities, the school calendar and the town hall's
 * opening hours; every change of an activity publishes its full schedule on
 * {@code registration.activity.v1} for the reservation service.
 */
package fr.portailfamilles.registration.catalogue;
