/**
 * The family file (« dossier Structures Enfance Jeunesse »): the family aggregate with its
 * guardians and children, and the rule that says when the file is complete.
 */
package fr.portailfamilles.family.file.domain;
