/** Test fixtures: the embedded broker and database shared by every test of a JVM. */
package fr.portailfamilles.platform.test;
