/** family-service: the families' files, their contact-change requests, their dashboard and their privacy rights. */
package fr.portailfamilles.family;
