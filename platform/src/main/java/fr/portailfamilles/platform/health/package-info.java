/** Health indicators that suit both the embedded stack and a real MongoDB. */
package fr.portailfamilles.platform.health;
