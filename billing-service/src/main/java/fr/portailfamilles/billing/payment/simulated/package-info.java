/** The simulated payment provider: a local payment page and HMAC-signed notifications; no real money. */
package fr.portailfamilles.billing.payment.simulated;
