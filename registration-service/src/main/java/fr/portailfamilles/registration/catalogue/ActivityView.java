package fr.portailfamilles.registration.catalogue;

import fr.portailfamilles.registration.catalogue.domain.Activity;
import fr.portailfamilles.registration.catalogue.domain.ActivityPeriod;
import fr.portailfamilles.registration.catalogue.domain.ReservationDeadline;
import fr.portailfamilles.registration.catalogue.domain.Season;
import fr.portailfamilles.registration.catalogue.domain.Unit;
import fr.portailfamilles.registration.catalogue.domain.Weekdays;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An activity as parents and staff read it, with French labels ready to show. */
record ActivityView(String id, String name, String kind, String kindLabel, String description, int ageMin,
        int ageMax, String ageLabel, SeasonView season, List<DayOfWeek> weekdays, String weekdaysLabel,
        List<PeriodView> periods, List<UnitView> units, List<LocalDate> closedDays, DeadlineView deadline,
        boolean autoApprove, boolean open, Instant updatedAt) {

    static ActivityView of(Activity activity, LocalDate today) {
        return new ActivityView(activity.id(), activity.name(), activity.kind().name(), activity.kind().label(),
                activity.description(), activity.ages().min(), activity.ages().max(),
                activity.ages().label() + " (âge au " + activity.season().start() + ")",
                SeasonView.of(activity.season()), List.copyOf(activity.weekdays()),
                Weekdays.label(activity.weekdays()),
                activity.periods().stream().map(period -> PeriodView.of(activity, period)).toList(),
                activity.units().stream().map(UnitView::of).toList(), List.copyOf(activity.closedDays()),
                DeadlineView.of(activity.deadline()), activity.autoApprove(), activity.takesRegistrationsOn(today),
                activity.updatedAt());
    }

    record SeasonView(String id, String label, LocalDate start, LocalDate end) {

        static SeasonView of(Season season) {
            return new SeasonView(season.id(), season.label(), season.start(), season.end());
        }
    }

    /** {@code weekdays}: the days the activity runs in this period; {@code ownWeekdays}: only if they differ. */
    record PeriodView(String id, String kind, String kindLabel, String label, LocalDate start, LocalDate end,
            List<DayOfWeek> weekdays, List<DayOfWeek> ownWeekdays) {

        static PeriodView of(Activity activity, ActivityPeriod period) {
            return new PeriodView(period.id(), period.kind().name(), period.kind().label(), period.label(),
                    period.start(), period.end(), List.copyOf(activity.weekdaysIn(period)),
                    List.copyOf(period.weekdays()));
        }
    }

    record UnitView(String code, String row, String rowLabel, String label) {

        static UnitView of(Unit unit) {
            return new UnitView(unit.code(), unit.row().name(), unit.row().label(), unit.label());
        }
    }

    record DeadlineView(String kind, Integer days, String time, String description) {

        static DeadlineView of(ReservationDeadline deadline) {
            return new DeadlineView(deadline.kind().name(), deadline.days(), "%02d:%02d".formatted(
                    deadline.time().getHour(), deadline.time().getMinute()), deadline.describe());
        }
    }
}
