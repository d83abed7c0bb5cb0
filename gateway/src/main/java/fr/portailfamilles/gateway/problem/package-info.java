/** Every error the gateway itself raises, as RFC 9457 problem+json with a French detail and a stable code. */
package fr.portailfamilles.gateway.problem;
