/** The identity service: accounts, login, the OAuth2 / OpenID Connect authorization server and the e-mails to users. */
package fr.portailfamilles.identity;
