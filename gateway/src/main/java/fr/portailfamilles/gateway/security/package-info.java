/**
 * The gateway as the OAuth2 client of the browser pages: login through the identity service
 * (authorization code with PKCE), session cookie, token relay to the services, logout at the
 * identity service, CSRF for calls made with the session cookie.
 */
package fr.portailfamilles.gateway.security;
