package fr.portailfamilles.family.dashboard;

import fr.portailfamilles.family.dashboard.domain.RequestKind;
import fr.portailfamilles.family.dashboard.domain.RequestState;
import java.time.Instant;

/**
 * A line of « Mon tableau de bord ».
 *
 * @param title     what the request is about, e.g. « Léa — ALSH des mercredis »
 * @param activityName the activity alone (« ALSH des mercredis »), for a page that already names the child
 * @param sentAt    when the family sent it (the order of the dashboard, newest first)
 * @param updatedAt when its current state was reached
 */
public record DashboardLine(RequestKind kind, String kindLabel, String requestId, String title, String childId,
        String activityId, String activityName, RequestState state, String stateLabel, String reason, String note, Instant sentAt,
        Instant updatedAt) {
}
