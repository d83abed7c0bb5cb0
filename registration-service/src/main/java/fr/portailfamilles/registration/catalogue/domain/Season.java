package fr.portailfamilles.registration.catalogue.domain;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.LocalDate;

/** A school year: registrations are for one season, from the rentrée to the end of the summer. */
public record Season(String id, String label, LocalDate start, LocalDate end) {

    public Season {
        Rules.code(id, "saison-invalide", "L'identifiant de la saison");
        label = Rules.text(label, 80, "saison-invalide", "Le libellé de la saison");
        Rules.required(start, "saison-invalide", "La date de début de la saison");
        Rules.required(end, "saison-invalide", "La date de fin de la saison");
        if (!start.isBefore(end)) {
            throw DomainProblem.invalid("saison-invalide", "La saison doit commencer avant de finir.");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public boolean isOverOn(LocalDate day) {
        return day.isAfter(end);
    }
}
