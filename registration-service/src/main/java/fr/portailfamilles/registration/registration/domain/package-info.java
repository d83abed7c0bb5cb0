/**
 * A registration (inscription) of a child to an activity for a season, from the parent's request
 * to the decision, and the rules a request must meet.
 */
package fr.portailfamilles.registration.registration.domain;
