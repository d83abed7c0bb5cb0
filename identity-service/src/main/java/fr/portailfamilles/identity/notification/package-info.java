/** Mails to parents about what other services decided for their family: registrations, reservations, invoices. */
package fr.portailfamilles.identity.notification;
