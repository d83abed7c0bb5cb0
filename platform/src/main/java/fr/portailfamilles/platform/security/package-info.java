/**
 * Every service as an OAuth2 resource server: it validates the identity service's JWTs itself,
 * maps roles from the {@code roles} claim, and knows a parent's family from the
 * {@code family_id} claim, so ownership checks need no call.
 */
package fr.portailfamilles.platform.security;
