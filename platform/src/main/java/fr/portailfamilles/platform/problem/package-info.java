/** Errors as RFC 9457 problem+json with a French detail and a stable machine code. */
package fr.portailfamilles.platform.problem;
