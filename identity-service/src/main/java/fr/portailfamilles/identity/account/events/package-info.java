/** The integration events identity publishes on {@code identity.account.v1} (contracts/asyncapi/identity.yaml). */
package fr.portailfamilles.identity.account.events;
