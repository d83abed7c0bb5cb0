package fr.portailfamilles.reservation.calendar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** Our own reading of the registration service's {@code activity-published.v1}: only what the grid needs. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ActivityPublished(String activityId, String name, String kind, Integer ageMin, Integer ageMax, Season season,
        List<PeriodJson> periods, List<String> weekdays, List<UnitJson> units, List<String> closedDays,
        DeadlineJson deadline, Instant publishedAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Season(String id, String start, String end) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PeriodJson(String id, String kind, String label, String start, String end, List<String> weekdays) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UnitJson(String code, String row, String label) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DeadlineJson(String kind, Integer days, String time) {
    }
}
