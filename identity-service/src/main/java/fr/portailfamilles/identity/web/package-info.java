/** Web security of the service's own API and pages, French problem+json for refusals, and static assets. */
package fr.portailfamilles.identity.web;
