/**
 * What this service knows of families, learnt from family-service's events: each family's file
 * (complete or not, the guardian to show staff) and its children (names, birth date, school).
 */
package fr.portailfamilles.registration.family.domain;
