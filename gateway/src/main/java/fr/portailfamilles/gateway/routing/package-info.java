/** Routing of {@code /api/<area>/**} to the owning service, with a circuit breaker and a truthful fallback per route. */
package fr.portailfamilles.gateway.routing;
