/**
 * Registration requests and their decisions: parents ask, staff (or the automatic approval of an
 * activity) decide, and each step is published on {@code registration.registration.v1}.
 */
package fr.portailfamilles.registration.registration;
