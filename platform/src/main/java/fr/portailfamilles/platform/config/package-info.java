/** Wiring of the platform into every service: auto-configuration and shared defaults. */
package fr.portailfamilles.platform.config;
