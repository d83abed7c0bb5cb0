/** What staff do with accounts: find, lock and unlock them, see their logins, change their e-mail, resend links. */
package fr.portailfamilles.identity.account.staff;
