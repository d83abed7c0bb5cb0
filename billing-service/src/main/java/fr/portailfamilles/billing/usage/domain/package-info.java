/** The billing rules: which recorded facts of a day make it billed. Pure, no framework. */
package fr.portailfamilles.billing.usage.domain;
