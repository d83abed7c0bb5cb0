package fr.portailfamilles.registration.family.domain;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The family file as this service learnt it: only its completeness and the guardian staff see
 * next to a request. Written only by family events, each applied once.
 */
@Document(FamilyFile.COLLECTION)
public class FamilyFile {

    public static final String COLLECTION = "family_files";

    @Id
    private String id;
    private String email;
    private String firstName;
    private String lastName;
    private boolean complete;
    private Instant completedAt;
    private boolean erased;

    @PersistenceCreator
    FamilyFile() {
    }

    /** A family the service has heard nothing about yet: its file is not known to be complete. */
    public static FamilyFile unknown(String familyId) {
        FamilyFile file = new FamilyFile();
        file.id = familyId;
        return file;
    }

    /** A file staff declared complete, as family-service announces it. */
    public static FamilyFile completed(String familyId, String email, String firstName, String lastName,
            Instant completedAt) {
        FamilyFile file = unknown(familyId);
        file.email = email;
        file.firstName = firstName;
        file.lastName = lastName;
        file.complete = true;
        file.completedAt = completedAt;
        return file;
    }

    public boolean isComplete() {
        return complete && !erased;
    }

    public String familyId() {
        return id;
    }

    public String email() {
        return email;
    }

    public String guardianName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    }

    public Instant completedAt() {
        return completedAt;
    }

    public boolean erased() {
        return erased;
    }
}
