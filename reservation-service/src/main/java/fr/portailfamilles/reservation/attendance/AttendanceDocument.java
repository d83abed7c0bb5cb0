package fr.portailfamilles.reservation.attendance;

import fr.portailfamilles.platform.outbox.OutboxEvent;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One child's attendance on one slot, with its pending {@code attendance-recorded} events.
 *
 * @param id     {@code activityId|date|unit|registrationId}
 * @param reason the justification of an absence, for staff only (never published)
 */
@Document(AttendanceDocument.COLLECTION)
record AttendanceDocument(@Id String id, String activityId, String date, String unit, String registrationId,
        String familyId, String childId, String status, boolean justified, String reason, boolean unexpected,
        Instant recordedAt, String recordedBy, List<OutboxEvent> outbox) {

    static final String COLLECTION = "attendance";
}
