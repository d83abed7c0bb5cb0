/**
 * The catalogue's model: activities with their season, periods, units, closures and reservation
 * deadline, the school calendar they follow, and the town hall's opening hours.
 */
package fr.portailfamilles.registration.catalogue.domain;
