/** The server-rendered pages: the parents' portal and the town-hall staff back office. */
package fr.portailfamilles.gateway.pages;
