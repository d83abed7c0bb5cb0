/** The record of billable facts, kept from reservation-service's reservation and attendance events. */
package fr.portailfamilles.billing.usage;
