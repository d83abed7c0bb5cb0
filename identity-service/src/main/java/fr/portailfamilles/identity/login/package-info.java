/** Logging in with e-mail and password on the French login page, with failed attempts throttled and recorded. */
package fr.portailfamilles.identity.login;
