/** Mails about registrations: validated, refused or cancelled ({@code registration.registration.v1}). */
package fr.portailfamilles.identity.notification.registration;
