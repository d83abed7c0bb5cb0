/** Technical helpers of this service: the town's clock, date storage and retries on concurrent changes. */
package fr.portailfamilles.registration.support;
