package fr.portailfamilles.reservation.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An activity's calendar as stored: the catalogue's last published version and the days staff
 * closed (kept apart, so that a new version of the catalogue does not reopen them).
 */
@Document(ActivityDocument.COLLECTION)
record ActivityDocument(@Id String id, String name, String kind, String seasonId,
        List<ActivityPublished.PeriodJson> periods, List<String> weekdays, List<ActivityPublished.UnitJson> units,
        List<String> closedDays, ActivityPublished.DeadlineJson deadline, Instant publishedAt,
        Map<String, String> staffClosures) {

    static final String COLLECTION = "activities";
}
