/** The mail that announces each new invoice ({@code billing.invoice.v1}). */
package fr.portailfamilles.identity.notification.billing;
