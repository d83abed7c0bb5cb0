package fr.portailfamilles.reservation.capacity;

import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.reservation.calendar.ActivitySchedules;
import fr.portailfamilles.reservation.calendar.domain.ActivitySchedule;
import fr.portailfamilles.reservation.calendar.domain.Unit;
import org.springframework.stereotype.Component;

/** Looks up what staff name in their requests, with the French refusals they need. */
@Component
class StaffActivities {

    private final ActivitySchedules schedules;

    StaffActivities(ActivitySchedules schedules) {
        this.schedules = schedules;
    }

    ActivitySchedule activity(String activityId) {
        return schedules.find(activityId).orElseThrow(() -> DomainProblem.notFound("activite-introuvable",
                "Cette activité est introuvable."));
    }

    Unit unit(ActivitySchedule schedule, String code) {
        return schedule.unit(code).orElseThrow(() -> DomainProblem.invalid("unite-inconnue",
                "L’unité « %s » n’existe pas pour l’activité « %s ».".formatted(code, schedule.name())));
    }
}
