/**
 * The service's own copy of the family facts it decides on, learnt from {@code family.family.v1}:
 * children (who they are, their birth date) and whether the family file is complete.
 */
package fr.portailfamilles.registration.family;
