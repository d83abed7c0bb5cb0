/**
 * The registration service: the activity catalogue, the registration requests of parents and
 * their validation by staff, and the copy of the family facts those decisions need.
 */
package fr.portailfamilles.registration;
