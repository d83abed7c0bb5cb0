package fr.portailfamilles.registration.registration.domain;

import java.time.LocalDate;

/** The activity and season requested, kept with the registration as they were then. */
public record ActivitySnapshot(String activityId, String name, String seasonId, LocalDate seasonStart,
        LocalDate seasonEnd) {
}
