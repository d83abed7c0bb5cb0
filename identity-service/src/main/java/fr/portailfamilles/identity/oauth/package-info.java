/** The OAuth2 / OpenID Connect authorization server: clients, authorizations, consents and signing keys in MongoDB. */
package fr.portailfamilles.identity.oauth;
