/** The tariff policy: which price applies to a unit on a day for a family quotient. Pure, no framework. */
package fr.portailfamilles.billing.tariff.domain;
