/** Accounts of parents and staff: their opening, password, login e-mail and state. */
package fr.portailfamilles.identity.account;
