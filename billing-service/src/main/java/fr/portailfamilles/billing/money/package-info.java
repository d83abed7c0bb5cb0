/** Euro amounts as every feature of billing writes and rounds them. */
package fr.portailfamilles.billing.money;
