/** Choosing a password through a single-use, expiring link: account opening, forgotten password, resent link. */
package fr.portailfamilles.identity.account.password;
