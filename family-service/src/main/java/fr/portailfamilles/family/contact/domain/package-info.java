/** Contact details of a guardian and the requests a family makes to change them, with their states. */
package fr.portailfamilles.family.contact.domain;
