package fr.portailfamilles.reservation.calendar.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One cell of a child's grid: a date and a unit of the activity. */
public record CellRef(LocalDate date, String unit) implements Comparable<CellRef> {

    public CellRef {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(unit, "unit");
    }

    public static CellRef parse(String key) {
        int bar = key.indexOf('|');
        return new CellRef(LocalDate.parse(key.substring(0, bar)), key.substring(bar + 1));
    }

    /** The cell's key in a grid document: {@code 2026-11-02|matin}. */
    public String key() {
        return date + "|" + unit;
    }

    @Override
    public int compareTo(CellRef other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : unit.compareTo(other.unit);
    }
}
