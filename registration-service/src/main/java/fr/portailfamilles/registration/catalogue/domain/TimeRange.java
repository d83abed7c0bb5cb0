package fr.portailfamilles.registration.catalogue.domain;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.LocalTime;

/** A stretch of opening time within a day, {@code from} included, {@code to} excluded. */
public record TimeRange(LocalTime from, LocalTime to) {

    public TimeRange {
        if (from == null || to == null || !from.isBefore(to)) {
            throw DomainProblem.invalid("horaires-invalides",
                    "Chaque plage horaire doit commencer avant de finir (par exemple 08:30-12:00).");
        }
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(from) && time.isBefore(to);
    }

    /** « 8h30 – 12h00 ». */
    public String label() {
        return hour(from) + " – " + hour(to);
    }

    static String hour(LocalTime time) {
        return time.getHour() + "h" + "%02d".formatted(time.getMinute());
    }
}
