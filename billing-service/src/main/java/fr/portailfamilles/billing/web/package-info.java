/** Web concerns shared by every feature: who may reach which path. */
package fr.portailfamilles.billing.web;
