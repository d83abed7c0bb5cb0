/** Kafka through Spring Cloud Stream: CloudEvents headers, publishing, idempotent consumption, dead letters. */
package fr.portailfamilles.platform.messaging;
