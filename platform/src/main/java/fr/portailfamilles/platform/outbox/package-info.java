/**
 * The transactional outbox without transactions: pending integration events live inside the
 * document whose change they describe, are written by the same single-document update, and a
 * relay publishes then removes them.
 */
package fr.portailfamilles.platform.outbox;
