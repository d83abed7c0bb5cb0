/**
 * The family dashboard as a read model: one entry per request of the family, its transitions
 * as the deciding services reported them, and the rule that picks the current state whatever
 * the order in which the reports arrived.
 */
package fr.portailfamilles.family.dashboard.domain;
