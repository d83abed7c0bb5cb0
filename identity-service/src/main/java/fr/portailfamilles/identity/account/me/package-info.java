/** What account holders do with their own account: see it, change their password. */
package fr.portailfamilles.identity.account.me;
