/** Technical building blocks every service of the portal shares; no domain code lives here. */
package fr.portailfamilles.platform;
