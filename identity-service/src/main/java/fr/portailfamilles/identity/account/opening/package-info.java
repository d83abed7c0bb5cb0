/** Opening a parent's account as soon as family-service declares the family file complete. */
package fr.portailfamilles.identity.account.opening;
