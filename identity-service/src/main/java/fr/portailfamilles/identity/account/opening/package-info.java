/**
 * Following family-service's family files: the parent's account opens as soon as the file is
 * complete, and its login follows a change of the guardian's e-mail in the file.
 */
package fr.portailfamilles.identity.account.opening;
