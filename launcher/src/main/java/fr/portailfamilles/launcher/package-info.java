/**
 * Starts the whole portal on one machine without Docker: Kafka, a MongoDB wire-protocol server and
 * an SMTP catcher in this JVM, then every service as its own process, for people and for the
 * end-to-end tests alike.
 */
package fr.portailfamilles.launcher;
