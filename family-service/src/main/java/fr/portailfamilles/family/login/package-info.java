/**
 * The guardian's e-mail is the family's login, which identity-service owns: the family file
 * follows identity's {@code email-changed} on {@code identity.account.v1}, once per event, and
 * tells its own changes with {@code guardian-email-changed}, which identity follows back; each
 * side does nothing when it already has the new address, so a change never loops.
 */
package fr.portailfamilles.family.login;
