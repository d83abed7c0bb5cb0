/** End-to-end tests: the whole portal, started by the launcher's own code, driven through the gateway. */
package fr.portailfamilles.e2e;
