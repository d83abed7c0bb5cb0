/**
 * « Mon tableau de bord »: the history of a family's requests, built from the events of the
 * services that decide them (a read model, no call to them), plus its own contact-change
 * requests. A new event type is one {@link fr.portailfamilles.family.dashboard.RequestEventMapping}.
 */
package fr.portailfamilles.family.dashboard;
