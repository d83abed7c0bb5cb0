/**
 * « Mes coordonnées »: a family asks to change a guardian's contact details (never the e-mail,
 * which staff change); staff approve or refuse each request from their queue. An approval
 * changes the guardian and publishes contact-changed, in the same single-document write.
 */
package fr.portailfamilles.family.contact;
