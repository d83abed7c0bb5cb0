/** The demo families of the embedded portal (Spring profile {@code demo}). */
package fr.portailfamilles.family.file.demo;
