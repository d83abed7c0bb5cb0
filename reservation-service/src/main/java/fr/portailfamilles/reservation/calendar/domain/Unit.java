package fr.portailfamilles.reservation.calendar.domain;

import java.util.Objects;

/** A unit of an activity's day (« matin », « repas », « journée »…), shown as one line of its row. */
public record Unit(String code, UnitRow row, String label) {

    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(row, "row");
        label = label == null || label.isBlank() ? code : label;
    }
}
