package fr.portailfamilles.family.privacy.domain;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Who read which child's health notes, and when; written before the notes are shown. */
@Document(HealthNoteReads.COLLECTION)
public record HealthNoteRead(@Id String id, String familyId, String childId, String readerId, String readerName,
        Instant readAt) {
}
