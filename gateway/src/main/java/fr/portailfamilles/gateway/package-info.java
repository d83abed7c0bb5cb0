/** The portal's single entry point: routes the API to the services and serves the web pages. */
package fr.portailfamilles.gateway;
