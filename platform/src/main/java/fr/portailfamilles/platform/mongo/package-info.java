/** Writes to MongoDB on the hot paths, cheaper than Spring Data's general mapping but stored the same. */
package fr.portailfamilles.platform.mongo;
