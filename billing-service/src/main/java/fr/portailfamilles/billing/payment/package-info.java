/**
 * Online payment through a provider port (the simulated provider by default, the PayFiP adapter
 * by configuration), its verified and idempotent notifications, and payments at the desk.
 */
package fr.portailfamilles.billing.payment;
