package fr.portailfamilles.registration.registration.domain;

import java.time.LocalDate;

/** The child as they were when the request was made; staff decide on what the parent saw. */
public record ChildSnapshot(String childId, String firstName, String lastName, LocalDate birthDate) {

    public String fullName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    }

    ChildSnapshot erased() {
        return new ChildSnapshot(childId, null, null, null);
    }
}
