package fr.portailfamilles.registration.registration.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The registration is valid from {@code startDate} (the season's first day, or the approval day
 * when approved during the season) to {@code endDate}, the season's last day.
 */
public record RegistrationApproved(String registrationId, String familyId, ChildSnapshot child,
        ActivitySnapshot activity, LocalDate startDate, LocalDate endDate, Instant approvedAt, boolean automatic) {
}
