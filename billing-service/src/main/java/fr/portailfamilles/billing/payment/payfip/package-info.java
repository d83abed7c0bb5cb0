/** The PayFiP (DGFiP) adapter boundary: redirect and notification; chosen by configuration, not callable here. */
package fr.portailfamilles.billing.payment.payfip;
