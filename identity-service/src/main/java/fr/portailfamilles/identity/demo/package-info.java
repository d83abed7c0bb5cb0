/** Demo accounts of the embedded stack (profile {@code demo}): an agent, an administrator and a parent. */
package fr.portailfamilles.identity.demo;
