package fr.portailfamilles.reservation.booking.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One activity, one date, one unit: where capacity is counted and the Kafka key of its commands. */
public record SlotKey(String activityId, LocalDate date, String unit) {

    public SlotKey {
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(unit, "unit");
    }

    public static SlotKey parse(String value) {
        String[] parts = value.split("\\|", 3);
        return new SlotKey(parts[0], LocalDate.parse(parts[1]), parts[2]);
    }

    /** {@code activityId|date|unit}: the slot document's id and its commands' record key. */
    public String value() {
        return activityId + "|" + date + "|" + unit;
    }
}
