/**
 * The family file feature: staff create and maintain families (guardians, children, quotient)
 * and declare files complete; parents read their family and change their children's care
 * information. Publishes file-completed, child-updated, quotient-changed on {@code family.family.v1}.
 */
package fr.portailfamilles.family.file;
