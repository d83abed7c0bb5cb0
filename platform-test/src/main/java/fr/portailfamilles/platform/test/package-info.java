/**
 * Test fixtures: the embedded broker and database shared by every test of a JVM, and a Kafka probe
 * that talks to that broker as another service would.
 */
package fr.portailfamilles.platform.test;
