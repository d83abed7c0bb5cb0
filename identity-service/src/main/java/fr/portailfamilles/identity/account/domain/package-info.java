/** The account aggregate: who may log in, with which roles, and what must be mailed or published about it. */
package fr.portailfamilles.identity.account.domain;
