package fr.portailfamilles.registration.family.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/** A child as this service learnt it from family-service: no health data, only what decisions need. */
@Document(KnownChild.COLLECTION)
public class KnownChild {

    public static final String COLLECTION = "known_children";

    @Id
    private String id;
    private String familyId;
    private String firstName;
    private String lastName;
    private LocalDate birthDate;
    private String school;
    private String schoolClass;
    private Instant updatedAt;

    @PersistenceCreator
    KnownChild() {
    }

    public KnownChild(String id, String familyId, String firstName, String lastName, LocalDate birthDate,
            String school, String schoolClass, Instant updatedAt) {
        this.id = id;
        this.familyId = familyId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.birthDate = birthDate;
        this.school = school;
        this.schoolClass = schoolClass;
        this.updatedAt = updatedAt;
    }

    public boolean belongsTo(String family) {
        return familyId != null && familyId.equals(family);
    }

    public String childId() {
        return id;
    }

    public String familyId() {
        return familyId;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String fullName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String school() {
        return school;
    }

    public String schoolClass() {
        return schoolClass;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
