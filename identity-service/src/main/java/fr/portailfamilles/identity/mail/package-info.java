/** The e-mails to account holders: French HTML and text, sent by a relay from the accounts' pending mails. */
package fr.portailfamilles.identity.mail;
